/** Every property key the add-on stores, in one place, so none collide. */
export const PROPERTY_KEYS = {
  /** Document: the template settings every collaborator shares. */
  settings: 'mkpi.settings',
  /** Document: channel names by id at the last build, to follow renames. */
  builtChannelNames: 'mkpi.kpi.builtChannelNames',
  /** Document: the currency of the KPI tab's last build, so the money columns are reformatted only when it changes. */
  builtKpiCurrency: 'mkpi.kpi.builtCurrency',
  /** Document: the team and its roles (versioned JSON, in parts `mkpi.team.1`…), the one source of truth for people and emails. */
  team: 'mkpi.team',
  /** Document: the Roles tab's columns at the last build (ids and names), to follow renames. */
  builtRolesLayout: 'mkpi.roles.builtLayout',
  /** Document: whether the spreadsheet is shared with the team, and whom the add-on made editors (see sharing/sharing-store.ts). */
  sharing: 'mkpi.sharing',
  /** User: the sidebar's language. */
  userLang: 'mkpi.userLang',
} as const;
