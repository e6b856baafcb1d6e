import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { ClusterRecord, CityRecord, AuditEventRecord, ModeChangeRecord, DeskRecord } from '../store/records';
import { Caller } from '../auth/caller';
import { RequestContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in ISO-8601 UTC, e.g. `2026-07-21T08:30:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** An ISO-8601 duration, e.g. `PT2H` (two hours) or `P1Y` (one year). */
  Duration: { input: string; output: string; }
};

export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened, e.g. CITY_BASELINE_UPDATED or CLUSTER_MODE_CHANGED. */
  action: Scalars['String']['output'];
  actorId: Scalars['ID']['output'];
  actorName: Scalars['String']['output'];
  actorRole: Role;
  at: Scalars['DateTime']['output'];
  /** What changed, as a JSON object of field: [before, after]. */
  changes?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  targetId: Scalars['ID']['output'];
  targetType: Scalars['String']['output'];
  versionAfter?: Maybe<Scalars['Int']['output']>;
  versionBefore?: Maybe<Scalars['Int']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
};

export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only events at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events before this instant. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type City = {
  __typename?: 'City';
  baseline: CityBaseline;
  cluster: Cluster;
  id: Scalars['ID']['output'];
  location: GeoPoint;
  name: Scalars['String']['output'];
  province: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** Facts every member shares on the cluster's information platform. */
export type CityBaseline = {
  __typename?: 'CityBaseline';
  /** When the city last confirmed these figures. */
  asOf: Scalars['DateTime']['output'];
  emergencyPersonnel: Scalars['Int']['output'];
  emergencyTeams: Scalars['Int']['output'];
  population: Scalars['Int']['output'];
  /** People the city's designated shelters can take in. */
  shelterCapacity: Scalars['Int']['output'];
  /** Residents needing assistance in an evacuation: elderly, disabled, hospitalised, children in care. */
  vulnerablePopulation: Scalars['Int']['output'];
};

export type CityConnection = {
  __typename?: 'CityConnection';
  nodes: Array<City>;
  pageInfo: PageInfo;
};

export type Cluster = {
  __typename?: 'Cluster';
  /** Member cities, ordered by name. */
  cities: CityConnection;
  /** One specialised coordination desk per risk category. */
  desks: Array<CoordinationDesk>;
  formationMode: FormationMode;
  id: Scalars['ID']['output'];
  /** Current governance mode. */
  mode: ClusterMode;
  /** Every switch between normal and emergency mode, newest first. */
  modeHistory: ModeChangeConnection;
  /** When the cluster last switched mode (or was founded). */
  modeSince: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


export type ClusterCitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ClusterModeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ClusterConnection = {
  __typename?: 'ClusterConnection';
  nodes: Array<Cluster>;
  pageInfo: PageInfo;
};

export type ClusterMode =
  /** Joint command and mutual aid. */
  | 'EMERGENCY'
  /** Drills, monitoring, inventories, prevention. */
  | 'NORMAL';

export type CoordinationDesk = {
  __typename?: 'CoordinationDesk';
  category: RiskCategory;
  /** Duty phone of the desk's watch. */
  dutyPhone?: Maybe<Scalars['String']['output']>;
  /** The member city whose bureau hosts the desk. */
  hostCity?: Maybe<City>;
  name: Scalars['String']['output'];
};

/** Emergency severity levels under the Emergency Response Law. */
export type EmergencyLevel =
  /** Especially major. */
  | 'I'
  /** Major. */
  | 'II'
  /** Relatively major. */
  | 'III'
  /** General. */
  | 'IV';

export type FormationMode =
  /** Neighbouring cities organised the cluster themselves. */
  | 'PARALLEL_VOLUNTARY'
  /** A common superior government initiated the cluster and holds command. */
  | 'SUPERIOR_LED';

export type GeoPoint = {
  __typename?: 'GeoPoint';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

export type Me = {
  __typename?: 'Me';
  /** The city you act for (city officers). */
  city?: Maybe<City>;
  /** The cluster you act in (coordinators, city officers, evaluators). */
  cluster?: Maybe<Cluster>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The clusters you oversee (superiors). */
  overseenClusters: Array<Cluster>;
  role: Role;
};

export type ModeChange = {
  __typename?: 'ModeChange';
  at: Scalars['DateTime']['output'];
  byName: Scalars['String']['output'];
  byRole: Role;
  from: ClusterMode;
  reason: Scalars['String']['output'];
  to: ClusterMode;
};

export type ModeChangeConnection = {
  __typename?: 'ModeChangeConnection';
  nodes: Array<ModeChange>;
  pageInfo: PageInfo;
};

/** An exact amount of money: integer minor units (fen for CNY) as a string, never a float. */
export type Money = {
  __typename?: 'Money';
  amountMinor: Scalars['String']['output'];
  /** ISO 4217 code, e.g. CNY. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Switch a cluster between normal and emergency mode. Coordinators (and, in superior-led clusters, the superior). */
  setClusterMode: Cluster;
  /** A city officer updates its own city's baseline facts. Pass the version you last read; a stale one is refused. */
  updateCityBaseline: City;
};


export type MutationSetClusterModeArgs = {
  input: SetClusterModeInput;
};


export type MutationUpdateCityBaselineArgs = {
  input: UpdateCityBaselineInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Every recorded change in a cluster, newest first. Coordinators and superiors only. */
  auditLog: AuditEventConnection;
  /** A member city of a cluster you can see. */
  city: City;
  /** A cluster you belong to (or, as a superior, oversee). */
  cluster: Cluster;
  /** The clusters you can see: a superior sees those it oversees; everyone else sees their own. */
  clusters: ClusterConnection;
  /** Who you are signed in as, and what you act for. */
  me: Me;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClusterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClustersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RiskCategory =
  | 'ACCIDENT'
  | 'NATURAL_DISASTER'
  | 'PUBLIC_HEALTH'
  | 'SOCIAL_SECURITY'
  | 'TECHNOLOGY_CYBER';

export type Role =
  /** Officer of one member city. */
  | 'CITY'
  /** Coordination office of one cluster. */
  | 'COORDINATOR'
  /** Evaluator accredited to one cluster. */
  | 'EVALUATOR'
  /** Superior (provincial or central) level overseeing listed clusters. */
  | 'SUPERIOR';

export type SetClusterModeInput = {
  clusterId: Scalars['ID']['input'];
  /** Optional: the `version` you last read, to refuse the switch if the cluster changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  mode: ClusterMode;
  /** Why the cluster switches (recorded in the mode history and the audit log). */
  reason: Scalars['String']['input'];
};

export type UpdateCityBaselineInput = {
  cityId: Scalars['ID']['input'];
  emergencyPersonnel?: InputMaybe<Scalars['Int']['input']>;
  emergencyTeams?: InputMaybe<Scalars['Int']['input']>;
  /** The `version` you last read; if someone changed the city since, you get CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Only the fields you pass change. */
  population?: InputMaybe<Scalars['Int']['input']>;
  shelterCapacity?: InputMaybe<Scalars['Int']['input']>;
  vulnerablePopulation?: InputMaybe<Scalars['Int']['input']>;
};

export type WarningLevel =
  | 'BLUE'
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditEvent: ResolverTypeWrapper<AuditEventRecord>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEvent']> }>;
  AuditLogFilter: AuditLogFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  City: ResolverTypeWrapper<CityRecord>;
  CityBaseline: ResolverTypeWrapper<CityBaseline>;
  CityConnection: ResolverTypeWrapper<Omit<CityConnection, 'nodes'> & { nodes: Array<ResolversTypes['City']> }>;
  Cluster: ResolverTypeWrapper<ClusterRecord>;
  ClusterConnection: ResolverTypeWrapper<Omit<ClusterConnection, 'nodes'> & { nodes: Array<ResolversTypes['Cluster']> }>;
  ClusterMode: ClusterMode;
  CoordinationDesk: ResolverTypeWrapper<DeskRecord>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Duration: ResolverTypeWrapper<Scalars['Duration']['output']>;
  EmergencyLevel: EmergencyLevel;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FormationMode: FormationMode;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Me: ResolverTypeWrapper<Caller>;
  ModeChange: ResolverTypeWrapper<ModeChangeRecord>;
  ModeChangeConnection: ResolverTypeWrapper<Omit<ModeChangeConnection, 'nodes'> & { nodes: Array<ResolversTypes['ModeChange']> }>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RiskCategory: RiskCategory;
  Role: Role;
  SetClusterModeInput: SetClusterModeInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UpdateCityBaselineInput: UpdateCityBaselineInput;
  WarningLevel: WarningLevel;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEvent: AuditEventRecord;
  AuditEventConnection: Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEvent']> };
  AuditLogFilter: AuditLogFilter;
  Boolean: Scalars['Boolean']['output'];
  City: CityRecord;
  CityBaseline: CityBaseline;
  CityConnection: Omit<CityConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['City']> };
  Cluster: ClusterRecord;
  ClusterConnection: Omit<ClusterConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Cluster']> };
  CoordinationDesk: DeskRecord;
  DateTime: Scalars['DateTime']['output'];
  Duration: Scalars['Duration']['output'];
  Float: Scalars['Float']['output'];
  GeoPoint: GeoPoint;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Me: Caller;
  ModeChange: ModeChangeRecord;
  ModeChangeConnection: Omit<ModeChangeConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ModeChange']> };
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  SetClusterModeInput: SetClusterModeInput;
  String: Scalars['String']['output'];
  UpdateCityBaselineInput: UpdateCityBaselineInput;
};

export type AuditEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versionAfter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  versionBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City']> = {
  baseline?: Resolver<ResolversTypes['CityBaseline'], ParentType, ContextType>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CityBaselineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CityBaseline'] = ResolversParentTypes['CityBaseline']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  emergencyPersonnel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emergencyTeams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shelterCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vulnerablePopulation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CityConnection'] = ResolversParentTypes['CityConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ClusterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = {
  cities?: Resolver<ResolversTypes['CityConnection'], ParentType, ContextType, RequireFields<ClusterCitiesArgs, 'first'>>;
  desks?: Resolver<Array<ResolversTypes['CoordinationDesk']>, ParentType, ContextType>;
  formationMode?: Resolver<ResolversTypes['FormationMode'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ClusterMode'], ParentType, ContextType>;
  modeHistory?: Resolver<ResolversTypes['ModeChangeConnection'], ParentType, ContextType, RequireFields<ClusterModeHistoryArgs, 'first'>>;
  modeSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClusterConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterConnection'] = ResolversParentTypes['ClusterConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CoordinationDeskResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoordinationDesk'] = ResolversParentTypes['CoordinationDesk']> = {
  category?: Resolver<ResolversTypes['RiskCategory'], ParentType, ContextType>;
  dutyPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hostCity?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DurationScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Duration'], any> {
  name: 'Duration';
}

export type GeoPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = {
  city?: Resolver<Maybe<ResolversTypes['City']>, ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overseenClusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ModeChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ModeChange'] = ResolversParentTypes['ModeChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ClusterMode'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ClusterMode'], ParentType, ContextType>;
};

export type ModeChangeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ModeChangeConnection'] = ResolversParentTypes['ModeChangeConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ModeChange']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountMinor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  setClusterMode?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType, RequireFields<MutationSetClusterModeArgs, 'input'>>;
  updateCityBaseline?: Resolver<ResolversTypes['City'], ParentType, ContextType, RequireFields<MutationUpdateCityBaselineArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'clusterId' | 'first'>>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType, RequireFields<QueryCityArgs, 'id'>>;
  cluster?: Resolver<ResolversTypes['Cluster'], ParentType, ContextType, RequireFields<QueryClusterArgs, 'id'>>;
  clusters?: Resolver<ResolversTypes['ClusterConnection'], ParentType, ContextType, RequireFields<QueryClustersArgs, 'first'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  CityBaseline?: CityBaselineResolvers<ContextType>;
  CityConnection?: CityConnectionResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ClusterConnection?: ClusterConnectionResolvers<ContextType>;
  CoordinationDesk?: CoordinationDeskResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Duration?: GraphQLScalarType;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  ModeChange?: ModeChangeResolvers<ContextType>;
  ModeChangeConnection?: ModeChangeConnectionResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

