/**
 * The demo cities and clusters `npm start` seeds: two real clusters with plausible baseline facts (populations from
 * the 2020 census; emergency teams, personnel and shelter capacity are illustrative orders of magnitude).
 */
import type { StoredCity, StoredCluster } from '../src/store/entities';

const SEEDED_AT = '2026-01-05T00:00:00.000Z';

type CityFacts = [
  id: string,
  name: string,
  province: string,
  latitude: number,
  longitude: number,
  population: number,
  vulnerablePopulation: number,
  emergencyTeams: number,
  emergencyPersonnel: number,
  shelterCapacity: number,
];

const JJJ_CITIES: CityFacts[] = [
  ['city-beijing', 'Beijing', 'Beijing', 39.9042, 116.4074, 21_893_095, 2_912_000, 412, 38_600, 2_150_000],
  ['city-tianjin', 'Tianjin', 'Tianjin', 39.3434, 117.3616, 13_866_009, 2_042_000, 268, 21_400, 1_320_000],
  ['city-shijiazhuang', 'Shijiazhuang', 'Hebei', 38.0428, 114.5149, 11_235_086, 1_498_000, 174, 11_900, 905_000],
  ['city-tangshan', 'Tangshan', 'Hebei', 39.6305, 118.1802, 7_717_983, 1_121_000, 163, 10_800, 690_000],
  ['city-qinhuangdao', 'Qinhuangdao', 'Hebei', 39.9354, 119.6005, 3_136_879, 468_000, 71, 4_300, 262_000],
  ['city-handan', 'Handan', 'Hebei', 36.6256, 114.5391, 9_413_990, 1_252_000, 128, 8_200, 704_000],
  ['city-xingtai', 'Xingtai', 'Hebei', 37.0706, 114.5044, 7_111_106, 1_016_000, 97, 6_100, 522_000],
  ['city-baoding', 'Baoding', 'Hebei', 38.8739, 115.4646, 11_544_036, 1_611_000, 151, 9_700, 830_000],
  ['city-zhangjiakou', 'Zhangjiakou', 'Hebei', 40.8244, 114.8875, 4_118_908, 689_000, 84, 5_200, 318_000],
  ['city-chengde', 'Chengde', 'Hebei', 40.951, 117.9634, 3_354_444, 522_000, 69, 4_100, 247_000],
  ['city-cangzhou', 'Cangzhou', 'Hebei', 38.3037, 116.8388, 7_300_783, 986_000, 103, 6_600, 551_000],
  ['city-langfang', 'Langfang', 'Hebei', 39.538, 116.6838, 5_464_087, 702_000, 88, 5_500, 431_000],
  ['city-hengshui', 'Hengshui', 'Hebei', 37.7389, 115.6708, 4_212_933, 627_000, 62, 3_800, 301_000],
];

const YRD_CITIES: CityFacts[] = [
  ['city-shanghai', 'Shanghai', 'Shanghai', 31.2304, 121.4737, 24_870_895, 4_049_000, 455, 42_300, 2_480_000],
  ['city-nanjing', 'Nanjing', 'Jiangsu', 32.0603, 118.7969, 9_314_685, 1_298_000, 176, 12_600, 860_000],
  ['city-suzhou', 'Suzhou', 'Jiangsu', 31.2989, 120.5853, 12_748_262, 1_486_000, 198, 13_900, 1_105_000],
  ['city-wuxi', 'Wuxi', 'Jiangsu', 31.4912, 120.3119, 7_462_135, 1_076_000, 121, 8_400, 664_000],
  ['city-changzhou', 'Changzhou', 'Jiangsu', 31.8107, 119.9741, 5_278_121, 771_000, 92, 6_000, 455_000],
  ['city-nantong', 'Nantong', 'Jiangsu', 31.9802, 120.8943, 7_726_635, 1_696_000, 109, 7_100, 602_000],
  ['city-hangzhou', 'Hangzhou', 'Zhejiang', 30.2741, 120.1551, 11_936_010, 1_349_000, 203, 14_800, 1_080_000],
  ['city-ningbo', 'Ningbo', 'Zhejiang', 29.8683, 121.544, 9_404_283, 1_137_000, 152, 10_300, 812_000],
  ['city-jiaxing', 'Jiaxing', 'Zhejiang', 30.7522, 120.7555, 5_400_868, 757_000, 86, 5_400, 448_000],
  ['city-huzhou', 'Huzhou', 'Zhejiang', 30.8927, 120.0868, 3_367_579, 526_000, 63, 3_900, 276_000],
  ['city-shaoxing', 'Shaoxing', 'Zhejiang', 30.0303, 120.5802, 5_270_977, 833_000, 84, 5_300, 437_000],
  ['city-hefei', 'Hefei', 'Anhui', 31.8206, 117.2272, 9_369_881, 1_033_000, 144, 9_600, 781_000],
];

/** The cities' names in Chinese, as their governments write them. */
const CITY_LOCAL_NAMES: Record<string, string> = {
  'city-beijing': '北京市',
  'city-tianjin': '天津市',
  'city-shijiazhuang': '石家庄市',
  'city-tangshan': '唐山市',
  'city-qinhuangdao': '秦皇岛市',
  'city-handan': '邯郸市',
  'city-xingtai': '邢台市',
  'city-baoding': '保定市',
  'city-zhangjiakou': '张家口市',
  'city-chengde': '承德市',
  'city-cangzhou': '沧州市',
  'city-langfang': '廊坊市',
  'city-hengshui': '衡水市',
  'city-shanghai': '上海市',
  'city-nanjing': '南京市',
  'city-suzhou': '苏州市',
  'city-wuxi': '无锡市',
  'city-changzhou': '常州市',
  'city-nantong': '南通市',
  'city-hangzhou': '杭州市',
  'city-ningbo': '宁波市',
  'city-jiaxing': '嘉兴市',
  'city-huzhou': '湖州市',
  'city-shaoxing': '绍兴市',
  'city-hefei': '合肥市',
};

function city(clusterId: string, facts: CityFacts): StoredCity {
  const [
    cityId,
    name,
    province,
    latitude,
    longitude,
    population,
    vulnerablePopulation,
    emergencyTeams,
    emergencyPersonnel,
    shelterCapacity,
  ] = facts;
  return {
    cityId,
    clusterId,
    name,
    localName: CITY_LOCAL_NAMES[cityId],
    province,
    latitude,
    longitude,
    population,
    vulnerablePopulation,
    emergencyTeams,
    emergencyPersonnel,
    shelterCapacity,
    baselineAsOf: SEEDED_AT,
    version: 1,
    updatedAt: SEEDED_AT,
  };
}

export const DEMO_CLUSTERS: StoredCluster[] = [
  {
    clusterId: 'cluster-jjj',
    name: 'Beijing–Tianjin–Hebei',
    localName: '京津冀',
    formationMode: 'SUPERIOR_LED',
    mode: 'NORMAL',
    modeSince: SEEDED_AT,
    desks: [
      {
        category: 'NATURAL_DISASTER',
        name: 'Haihe Basin Flood, Drought and Geohazard Desk',
        hostCityId: 'city-tianjin',
        dutyPhone: '+86 22 2300 0110',
      },
      {
        category: 'PUBLIC_HEALTH',
        name: 'Joint Epidemic Prevention and Control Desk',
        hostCityId: 'city-beijing',
        dutyPhone: '+86 10 6500 0120',
      },
      {
        category: 'ACCIDENT',
        name: 'Work Safety and Hazardous Chemicals Desk',
        hostCityId: 'city-tangshan',
        dutyPhone: '+86 315 280 0119',
      },
      {
        category: 'SOCIAL_SECURITY',
        name: 'Public Order and Mass Events Desk',
        hostCityId: 'city-langfang',
        dutyPhone: '+86 316 210 0110',
      },
      {
        category: 'TECHNOLOGY_CYBER',
        name: 'Cyber and Critical Infrastructure Desk',
        hostCityId: 'city-beijing',
        dutyPhone: '+86 10 6500 0199',
      },
    ],
    version: 1,
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  },
  {
    clusterId: 'cluster-yrd',
    name: 'Yangtze River Delta',
    localName: '长江三角洲',
    formationMode: 'PARALLEL_VOLUNTARY',
    mode: 'NORMAL',
    modeSince: SEEDED_AT,
    desks: [
      {
        category: 'NATURAL_DISASTER',
        name: 'Taihu Basin Flood and Typhoon Desk',
        hostCityId: 'city-suzhou',
        dutyPhone: '+86 512 6500 0110',
      },
      {
        category: 'PUBLIC_HEALTH',
        name: 'Joint Public Health Emergency Desk',
        hostCityId: 'city-shanghai',
        dutyPhone: '+86 21 6300 0120',
      },
      {
        category: 'ACCIDENT',
        name: 'Cross-border Water Pollution and Hazmat Desk',
        hostCityId: 'city-jiaxing',
        dutyPhone: '+86 573 8200 0119',
      },
      {
        category: 'SOCIAL_SECURITY',
        name: 'Public Order Coordination Desk',
        hostCityId: 'city-hangzhou',
        dutyPhone: '+86 571 8700 0110',
      },
      {
        category: 'TECHNOLOGY_CYBER',
        name: 'Digital Infrastructure Resilience Desk',
        hostCityId: 'city-hefei',
        dutyPhone: '+86 551 6200 0199',
      },
    ],
    version: 1,
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  },
];

export const DEMO_CITIES: StoredCity[] = [
  ...JJJ_CITIES.map((facts) => city('cluster-jjj', facts)),
  ...YRD_CITIES.map((facts) => city('cluster-yrd', facts)),
];

/** The people `npm start` prints tokens for: the first of each role is the one shown; all go to .data/tokens.json. */
export const DEMO_IDENTITIES = [
  {
    sub: 'demo-coordinator-jjj',
    name: 'Beijing–Tianjin–Hebei Coordination Office (duty officer)',
    role: 'COORDINATOR',
    clusterId: 'cluster-jjj',
  },
  {
    sub: 'demo-city-langfang',
    name: 'Langfang Emergency Management Bureau',
    role: 'CITY',
    clusterId: 'cluster-jjj',
    cityId: 'city-langfang',
  },
  {
    sub: 'demo-evaluator-jjj',
    name: 'Public Safety Research Institute (third-party evaluator)',
    role: 'EVALUATOR',
    clusterId: 'cluster-jjj',
  },
  {
    sub: 'demo-superior',
    name: 'Ministry of Emergency Management liaison',
    role: 'SUPERIOR',
    clusterIds: ['cluster-jjj', 'cluster-yrd'],
  },
  {
    sub: 'demo-coordinator-yrd',
    name: 'Yangtze River Delta Coordination Office (duty officer)',
    role: 'COORDINATOR',
    clusterId: 'cluster-yrd',
  },
  {
    sub: 'demo-city-tianjin',
    name: 'Tianjin Emergency Management Bureau',
    role: 'CITY',
    clusterId: 'cluster-jjj',
    cityId: 'city-tianjin',
  },
  {
    sub: 'demo-city-jiaxing',
    name: 'Jiaxing Emergency Management Bureau',
    role: 'CITY',
    clusterId: 'cluster-yrd',
    cityId: 'city-jiaxing',
  },
  {
    sub: 'demo-city-shanghai',
    name: 'Shanghai Emergency Management Bureau',
    role: 'CITY',
    clusterId: 'cluster-yrd',
    cityId: 'city-shanghai',
  },
  {
    sub: 'demo-evaluator-yrd',
    name: 'Tongji University Disaster Prevention Institute (third-party evaluator)',
    role: 'EVALUATOR',
    clusterId: 'cluster-yrd',
  },
  {
    sub: 'demo-self-assessor-suzhou',
    name: 'Suzhou Emergency Management Bureau (self-assessment team)',
    role: 'EVALUATOR',
    clusterId: 'cluster-yrd',
  },
] as const;

export type DemoIdentity = (typeof DEMO_IDENTITIES)[number];
