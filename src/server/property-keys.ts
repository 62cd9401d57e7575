/** Every property key the add-on stores, in one place, so none collide. */
export const PROPERTY_KEYS = {
  /** Document: the template settings every collaborator shares. */
  settings: 'mkpi.settings',
  /** Document: channel names by id at the last build, to follow renames. */
  builtChannelNames: 'mkpi.kpi.builtChannelNames',
  /** User: the sidebar's language. */
  userLang: 'mkpi.userLang',
} as const;
