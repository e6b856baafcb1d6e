/** How a message names a city for an official: by its name where the caller knows it. */
export type CityNaming = (cityId: string) => string;

/** For callers without the names at hand (and for ids that name no city): the id itself. */
export const idAsName: CityNaming = (cityId) => cityId;
