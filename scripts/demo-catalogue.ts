/** A resource catalogue in the style of standard resource typing, covering every risk category (seeded per cluster). */
import type { StoredReserveRequirement, StoredResourceType } from '../src/store/entities';

type Entry = Omit<StoredResourceType, 'clusterId' | 'version' | 'updatedAt'>;
const tier = (t: 'I' | 'II' | 'III', capability: string, minimum: number, measure: string) => ({
  tier: t,
  capability,
  minimum,
  measure,
});

const CATALOGUE: Entry[] = [
  {
    typeId: 'mobile-pump-unit',
    name: 'Mobile drainage pump unit',
    localName: '移动排涝泵车',
    unit: 'unit',
    categories: ['NATURAL_DISASTER'],
    description: 'Trailer- or truck-mounted pump for flood drainage, with hoses and crew of two.',
    tiers: [
      tier('I', 'Diesel pump, at least 3,000 m³/h at 10 m head', 3000, 'm³/h'),
      tier('II', 'At least 1,000 m³/h', 1000, 'm³/h'),
      tier('III', 'At least 300 m³/h', 300, 'm³/h'),
    ],
  },
  {
    typeId: 'sandbags',
    name: 'Flood sandbags',
    localName: '防汛沙袋',
    unit: 'bag',
    categories: ['NATURAL_DISASTER'],
    description: 'Woven polypropylene bags, filled or ready to fill, on pallets.',
    tiers: [tier('III', '25 kg woven polypropylene bag', 25, 'kg')],
  },
  {
    typeId: 'medical-team',
    name: 'Medical rescue team',
    localName: '医疗救援队',
    unit: 'team',
    categories: ['PUBLIC_HEALTH', 'ACCIDENT', 'NATURAL_DISASTER'],
    description: 'Self-sufficient field medical team with its own vehicles and supplies for 72 hours.',
    tiers: [
      tier('I', 'Field hospital team incl. surgery, at least 40 staff', 40, 'persons'),
      tier('II', 'Emergency care team, at least 20 staff', 20, 'persons'),
      tier('III', 'First-aid and triage team, at least 8 staff', 8, 'persons'),
    ],
  },
  {
    typeId: 'ventilator',
    name: 'Ventilator',
    localName: '呼吸机',
    unit: 'unit',
    categories: ['PUBLIC_HEALTH'],
    description: 'Mechanical ventilator with consumables for 14 days.',
    tiers: [
      tier('I', 'ICU ventilator, invasive and non-invasive modes', 3, 'modes'),
      tier('II', 'Transport ventilator, invasive', 2, 'modes'),
      tier('III', 'Non-invasive (BiPAP) only', 1, 'modes'),
    ],
  },
  {
    typeId: 'hazmat-team',
    name: 'Hazardous materials response team',
    localName: '危险化学品应急救援队',
    unit: 'team',
    categories: ['ACCIDENT'],
    description: 'Detection, containment and decontamination team with protective equipment.',
    tiers: [
      tier('I', 'Level A suits, detection lab and decontamination line, at least 24 staff', 24, 'persons'),
      tier('II', 'Level B protection, at least 12 staff', 12, 'persons'),
      tier('III', 'Detection and cordon team, at least 6 staff', 6, 'persons'),
    ],
  },
  {
    typeId: 'water-monitoring-boat',
    name: 'Water-quality monitoring boat',
    localName: '水质监测船',
    unit: 'boat',
    categories: ['ACCIDENT', 'NATURAL_DISASTER'],
    description: 'Boat with on-board analysers for organic pollutants and heavy metals.',
    tiers: [
      tier('I', 'On-board GC-MS, at least 20 parameters', 20, 'parameters'),
      tier('II', 'Multi-parameter probes, at least 8 parameters', 8, 'parameters'),
    ],
  },
  {
    typeId: 'water-purification-unit',
    name: 'Mobile water purification unit',
    localName: '移动净水设备',
    unit: 'unit',
    categories: ['NATURAL_DISASTER', 'ACCIDENT', 'PUBLIC_HEALTH'],
    description: 'Containerised unit producing drinking water to national standard.',
    tiers: [
      tier('I', 'At least 100 t/day', 100, 't/day'),
      tier('II', 'At least 30 t/day', 30, 't/day'),
      tier('III', 'At least 5 t/day', 5, 't/day'),
    ],
  },
  {
    typeId: 'shelter-beds',
    name: 'Emergency shelter beds',
    localName: '应急避难床位',
    unit: 'bed',
    categories: ['NATURAL_DISASTER', 'SOCIAL_SECURITY'],
    description: 'Folding beds with bedding, deployable in designated shelters.',
    tiers: [tier('III', 'Folding bed with bedding set', 1, 'bed')],
  },
  {
    typeId: 'generator',
    name: 'Mobile power generator',
    localName: '移动应急发电机',
    unit: 'unit',
    categories: ['NATURAL_DISASTER', 'TECHNOLOGY_CYBER', 'ACCIDENT'],
    description: 'Diesel generator set with fuel for 24 hours and distribution cabling.',
    tiers: [
      tier('I', 'At least 500 kW', 500, 'kW'),
      tier('II', 'At least 200 kW', 200, 'kW'),
      tier('III', 'At least 50 kW', 50, 'kW'),
    ],
  },
  {
    typeId: 'drone',
    name: 'Reconnaissance drone',
    localName: '侦察无人机',
    unit: 'unit',
    categories: ['NATURAL_DISASTER', 'ACCIDENT', 'SOCIAL_SECURITY'],
    description: 'Drone with pilot and thermal camera for situational awareness.',
    tiers: [
      tier('I', 'Fixed-wing, at least 120 minutes flight', 120, 'minutes'),
      tier('II', 'Multirotor, at least 45 minutes', 45, 'minutes'),
      tier('III', 'Multirotor, at least 25 minutes', 25, 'minutes'),
    ],
  },
  {
    typeId: 'cyber-response-team',
    name: 'Cyber incident response team',
    localName: '网络安全应急响应队',
    unit: 'team',
    categories: ['TECHNOLOGY_CYBER'],
    description: 'Incident handlers for critical infrastructure: triage, forensics, recovery.',
    tiers: [
      tier('I', 'Forensics and OT/ICS recovery, at least 10 specialists', 10, 'persons'),
      tier('II', 'Triage and recovery, at least 5 specialists', 5, 'persons'),
    ],
  },
  {
    typeId: 'public-order-unit',
    name: 'Public order support unit',
    localName: '治安保障队',
    unit: 'unit',
    categories: ['SOCIAL_SECURITY'],
    description: 'Crowd management and evacuation support unit.',
    tiers: [tier('I', 'At least 100 officers', 100, 'persons'), tier('II', 'At least 40 officers', 40, 'persons')],
  },
];

export function demoCatalogue(clusterId: string, at: string): StoredResourceType[] {
  return CATALOGUE.map((entry) => ({ ...entry, clusterId, version: 1, updatedAt: at }));
}

/** The reserves each demo cluster requires (illustrative; some are short on purpose, to show the shortfall view). */
export function demoRequirements(clusterId: string, at: string): StoredReserveRequirement[] {
  const base = { clusterId, version: 1, updatedAt: at };
  return [
    { ...base, typeId: 'mobile-pump-unit', minimumTier: 'II', basis: 'PER_10K_RESIDENTS', quantity: 0.05 },
    { ...base, typeId: 'medical-team', minimumTier: 'II', basis: 'ABSOLUTE', quantity: 40 },
    { ...base, typeId: 'shelter-beds', minimumTier: 'III', basis: 'PER_10K_RESIDENTS', quantity: 2 },
    { ...base, typeId: 'generator', minimumTier: 'II', basis: 'PER_10K_RESIDENTS', quantity: 0.02 },
    { ...base, typeId: 'hazmat-team', minimumTier: 'II', basis: 'ABSOLUTE', quantity: 12 },
  ];
}
