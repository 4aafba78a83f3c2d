/** What an id looks like: a lowercase slug of letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 80;
export const ID_PATTERN_MESSAGE = "an id is a lowercase slug of letters, digits and single hyphens, e.g. 'gyzylbulag'";
