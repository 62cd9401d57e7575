/**
 * The "Team & roles" section, drawn from its state: a pure function, so
 * tests read the tree and fire its handlers without a browser.
 */
import type { Lang } from '../../../core/i18n/lang';
import { MAX_PEOPLE } from '../../../shared/team';
import { MAX_ROLES, MATRIX_COLUMN_MODES, type MatrixColumnMode } from '../../../shared/team-settings';
import type { MatrixFindings, TeamState } from '../../../shared/server-api';
import { t } from '../../text';
import { describedBy, feedbackView, selectField, textField, textInput } from '../../view/form-controls';
import { statusView, type StatusContent } from '../../view/status-view';
import { h, type VElement } from '../../view/vnode';
import type { PersonDraft, RoleDraft } from './team-draft';
import { canAddPerson, canAddRole, holdersOf, isDirty, type TeamForm, type TeamScalarField } from './team-form';
import { TEAM_IDS, personInputId, personRemoveId, roleInputId, roleRemoveId, type PersonPart } from './team-roles-ids';
import { personField, roleField, type TeamFieldKey } from './team-validation';

export interface TeamRolesHandlers {
  setScalar(field: TeamScalarField, value: string): void;
  setMatrixColumns(value: string): void;
  /** The user left a field they changed: its problem may show from now on. */
  touch(field: TeamFieldKey): void;
  updatePerson(personId: string, part: PersonPart, value: string): void;
  removePerson(personId: string): void;
  addPerson(): void;
  renameRole(roleId: string, name: string): void;
  setRoleContractor(roleId: string, value: string): void;
  removeRole(roleId: string): void;
  addRole(): void;
  build(): void;
  save(): void;
  discard(): void;
  check(): void;
  /** Puts back the Roles tab's parts a person deleted. */
  restore(): void;
}

export interface TeamRolesViewProps {
  lang: Lang;
  busy: boolean;
  form: TeamForm;
  serverState: Omit<TeamState, 'team'>;
  visibleProblems: ReadonlyMap<TeamFieldKey, string>;
  status: StatusContent | null;
  /** The Roles tab's checks, once read. */
  findings: MatrixFindings | null;
  handlers: TeamRolesHandlers;
}

export function teamRolesView(props: TeamRolesViewProps): VElement {
  const { lang, serverState } = props;
  const stateText = [
    t(lang, serverState.teamSaved ? 'team_state_saved' : 'team_state_defaults'),
    t(lang, serverState.rolesTabExists ? 'team_state_tab_exists' : 'team_state_no_tab'),
  ].join(' ');
  return h(
    'section',
    {
      id: TEAM_IDS.section,
      class: 'block team-roles',
      'aria-labelledby': TEAM_IDS.title,
      'data-testid': TEAM_IDS.section,
    },
    h('h2', { id: TEAM_IDS.title }, t(lang, 'team_title')),
    h('p', { class: 'secondary' }, t(lang, 'team_intro')),
    h('p', { id: TEAM_IDS.state, class: 'gray', 'data-testid': TEAM_IDS.state }, stateText),
    h('div', { id: TEAM_IDS.form, class: 'team-form', 'aria-busy': props.busy ? 'true' : 'false' }, formFields(props)),
    actionsView(props),
    statusView(TEAM_IDS.status, props.status),
    checksView(props),
  );
}

/** The section before its state has arrived: just its heading. */
export function teamRolesPlaceholderView(lang: Lang): VElement {
  return h(
    'section',
    {
      id: TEAM_IDS.section,
      class: 'block team-roles',
      'aria-labelledby': TEAM_IDS.title,
      'data-testid': TEAM_IDS.section,
    },
    h('h2', { id: TEAM_IDS.title }, t(lang, 'team_title')),
  );
}

function formFields(props: TeamRolesViewProps): VElement[] {
  const { lang, form, handlers, visibleProblems } = props;
  const scalar = (field: TeamScalarField) => ({
    value: form.draft[field],
    error: visibleProblems.get(field),
    onInput: (event: { value: string }) => handlers.setScalar(field, event.value),
    onChange: () => handlers.touch(field),
  });
  return [
    textField({
      id: TEAM_IDS.companyHeadcount,
      label: t(lang, 'company_headcount'),
      inputMode: 'numeric',
      className: 'narrow',
      hint: t(lang, 'company_headcount_hint'),
      ...scalar('companyHeadcount'),
    }),
    peopleView(props),
    rolesView(props),
    selectField({
      id: TEAM_IDS.matrixColumns,
      label: t(lang, 'matrix_columns'),
      value: form.draft.matrixColumns,
      options: MATRIX_COLUMN_MODES.map((mode: MatrixColumnMode) => ({
        value: mode,
        label: t(lang, `matrix_columns_${mode}`),
      })),
      hint: t(lang, 'matrix_columns_hint'),
      error: visibleProblems.get('matrixColumns'),
      onChange: (event) => handlers.setMatrixColumns(event.value),
    }),
    textField({
      id: TEAM_IDS.maxResponsible,
      label: t(lang, 'max_responsible'),
      inputMode: 'numeric',
      className: 'narrow',
      hint: t(lang, 'max_responsible_hint'),
      ...scalar('maxResponsible'),
    }),
  ];
}

function peopleView(props: TeamRolesViewProps): VElement {
  const { lang, form, handlers, visibleProblems } = props;
  const feedback = { hint: t(lang, 'people_hint'), error: visibleProblems.get('people') };
  const full = !canAddPerson(form);
  return h(
    'fieldset',
    { id: TEAM_IDS.people, class: 'form-group people', 'aria-describedby': describedBy(TEAM_IDS.people, feedback) },
    h('legend', {}, t(lang, 'people')),
    feedbackView(TEAM_IDS.people, feedback),
    h(
      'ol',
      { id: TEAM_IDS.personList, class: 'item-list', 'data-testid': TEAM_IDS.personList },
      form.draft.people.map((person, index) => personRow(props, person, index)),
    ),
    h(
      'button',
      {
        id: TEAM_IDS.addPerson,
        type: 'button',
        disabled: props.busy || full,
        'data-testid': TEAM_IDS.addPerson,
        on: { click: () => handlers.addPerson() },
      },
      t(lang, 'add_person'),
    ),
    full && h('p', { class: 'gray' }, t(lang, 'people_limit_reached', { max: MAX_PEOPLE })),
  );
}

function personRow(props: TeamRolesViewProps, person: PersonDraft, index: number): VElement {
  const { lang, form, handlers, visibleProblems } = props;
  const n = index + 1;
  const name = person.name.trim() || t(lang, 'person_fallback_name', { n });
  const line = (part: PersonPart, label: string, control: VElement) => {
    const id = personInputId(person.id, part);
    return h(
      'div',
      { class: 'item-line' },
      h('label', { for: id, class: 'item-label' }, label),
      control,
      feedbackView(id, { error: visibleProblems.get(personField(person.id, part)) }),
    );
  };
  const text = (part: 'name' | 'email' | 'monthlyCost', inputMode?: 'decimal') =>
    textInput({
      id: personInputId(person.id, part),
      value: person[part],
      className: 'item-input',
      ...(inputMode ? { inputMode } : {}),
      error: visibleProblems.get(personField(person.id, part)),
      onInput: (event) => handlers.updatePerson(person.id, part, event.value),
      onChange: () => handlers.touch(personField(person.id, part)),
    });
  const select = (part: 'roleId' | 'employment', options: { value: string; label: string }[]) => {
    const id = personInputId(person.id, part);
    const error = visibleProblems.get(personField(person.id, part));
    return h(
      'select',
      {
        id,
        class: 'item-input',
        value: person[part],
        'aria-invalid': error !== undefined ? 'true' : undefined,
        'aria-describedby': describedBy(id, { error }),
        'data-testid': id,
        on: { change: (event) => handlers.updatePerson(person.id, part, event.value) },
      },
      options.map((option) => h('option', { value: option.value }, option.label)),
    );
  };
  return h(
    'li',
    { key: person.id, class: 'item-row', 'data-testid': 'team-person', 'data-person-id': person.id },
    h(
      'div',
      { class: 'item-heading' },
      h('span', { class: 'item-number' }, t(lang, 'person_heading', { n })),
      removeButton(personRemoveId(person.id), t(lang, 'person_remove', { name }), props.busy, () =>
        handlers.removePerson(person.id),
      ),
    ),
    line('name', t(lang, 'person_name'), text('name')),
    line('email', t(lang, 'person_email'), text('email')),
    line(
      'roleId',
      t(lang, 'person_role'),
      select(
        'roleId',
        form.draft.roles.map((role, roleIndex) => ({
          value: role.id,
          label: role.name.trim() || t(lang, 'role_fallback_name', { n: roleIndex + 1 }),
        })),
      ),
    ),
    line(
      'monthlyCost',
      t(lang, 'person_monthly_cost', { currency: props.serverState.currency }),
      text('monthlyCost', 'decimal'),
    ),
    line(
      'employment',
      t(lang, 'person_employment'),
      select('employment', [
        { value: 'staff', label: t(lang, 'employment_staff') },
        { value: 'contractor', label: t(lang, 'employment_contractor') },
      ]),
    ),
  );
}

function rolesView(props: TeamRolesViewProps): VElement {
  const { lang, form, handlers, visibleProblems } = props;
  const feedback = { hint: t(lang, 'roles_hint'), error: visibleProblems.get('roles') };
  const full = !canAddRole(form);
  return h(
    'fieldset',
    { id: TEAM_IDS.roles, class: 'form-group roles', 'aria-describedby': describedBy(TEAM_IDS.roles, feedback) },
    h('legend', {}, t(lang, 'roles')),
    feedbackView(TEAM_IDS.roles, feedback),
    h(
      'ol',
      { id: TEAM_IDS.roleList, class: 'item-list', 'data-testid': TEAM_IDS.roleList },
      form.draft.roles.map((role, index) => roleRow(props, role, index)),
    ),
    h(
      'button',
      {
        id: TEAM_IDS.addRole,
        type: 'button',
        disabled: props.busy || full,
        'data-testid': TEAM_IDS.addRole,
        on: { click: () => handlers.addRole() },
      },
      t(lang, 'add_role'),
    ),
    full && h('p', { class: 'gray' }, t(lang, 'roles_limit_reached', { max: MAX_ROLES })),
  );
}

function roleRow(props: TeamRolesViewProps, role: RoleDraft, index: number): VElement {
  const { lang, form, handlers, visibleProblems } = props;
  const n = index + 1;
  const name = role.name.trim() || t(lang, 'role_fallback_name', { n });
  const nameId = roleInputId(role.id, 'name');
  const contractorId = roleInputId(role.id, 'contractor');
  const holders = holdersOf(form, role.id);
  const inUseId = `${roleRemoveId(role.id)}-hint`;
  const nameError = visibleProblems.get(roleField(role.id, 'name'));
  return h(
    'li',
    { key: role.id, class: 'item-row', 'data-testid': 'team-role', 'data-role-id': role.id },
    h(
      'div',
      { class: 'item-line' },
      h('label', { for: nameId, class: 'item-label' }, t(lang, 'role_name', { n })),
      h(
        'div',
        { class: 'item-with-button' },
        textInput({
          id: nameId,
          value: role.name,
          className: 'item-input',
          error: nameError,
          onInput: (event) => handlers.renameRole(role.id, event.value),
          onChange: () => handlers.touch(roleField(role.id, 'name')),
        }),
        removeButton(
          roleRemoveId(role.id),
          t(lang, 'role_remove', { name }),
          props.busy || holders.length > 0 || form.draft.roles.length <= 1,
          () => handlers.removeRole(role.id),
          holders.length > 0 ? inUseId : undefined,
        ),
      ),
      feedbackView(nameId, { error: nameError }),
    ),
    h(
      'div',
      { class: 'item-line' },
      h('label', { for: contractorId, class: 'item-label' }, t(lang, 'role_employment', { name })),
      h(
        'select',
        {
          id: contractorId,
          class: 'item-input',
          value: role.contractor ? 'contractor' : 'staff',
          'data-testid': contractorId,
          on: { change: (event) => handlers.setRoleContractor(role.id, event.value) },
        },
        h('option', { value: 'staff' }, t(lang, 'employment_staff')),
        h('option', { value: 'contractor' }, t(lang, 'employment_contractor')),
      ),
    ),
    holders.length > 0 &&
      h(
        'p',
        { id: inUseId, class: 'secondary hint' },
        t(lang, 'role_in_use', { name, people: holders.map((person) => person.name.trim() || '—').join(', ') }),
      ),
  );
}

function removeButton(
  id: string,
  label: string,
  disabled: boolean,
  onClick: () => void,
  describedById?: string,
): VElement {
  return h(
    'button',
    {
      id,
      type: 'button',
      class: 'icon remove',
      title: label,
      'aria-label': label,
      'aria-describedby': describedById,
      disabled,
      'data-testid': id,
      on: { click: onClick },
    },
    h('span', { 'aria-hidden': 'true' }, '✕'),
  );
}

function actionsView(props: TeamRolesViewProps): VElement {
  const { lang, busy, form, serverState, handlers } = props;
  const dirty = isDirty(form);
  return h(
    'div',
    { class: 'block actions' },
    dirty &&
      h(
        'p',
        { id: TEAM_IDS.unsaved, class: 'gray unsaved', 'data-testid': TEAM_IDS.unsaved },
        t(lang, 'team_unsaved_changes'),
      ),
    h(
      'button',
      {
        id: TEAM_IDS.build,
        type: 'button',
        class: 'action',
        disabled: busy,
        'data-testid': TEAM_IDS.build,
        on: { click: () => handlers.build() },
      },
      t(lang, 'build_matrix'),
    ),
    h(
      'div',
      { class: 'secondary-actions' },
      h(
        'button',
        {
          id: TEAM_IDS.save,
          type: 'button',
          // Defaults that were never saved are worth saving even untouched.
          disabled: busy || (!dirty && serverState.teamSaved),
          'data-testid': TEAM_IDS.save,
          on: { click: () => handlers.save() },
        },
        t(lang, 'save_team'),
      ),
      dirty &&
        h(
          'button',
          {
            id: TEAM_IDS.discard,
            type: 'button',
            disabled: busy,
            'data-testid': TEAM_IDS.discard,
            on: { click: () => handlers.discard() },
          },
          t(lang, 'discard_changes'),
        ),
    ),
  );
}

/** The Roles tab's findings, each with its short explanation; shown once the tab exists. */
function checksView(props: TeamRolesViewProps): VElement | false {
  const { lang, findings, handlers } = props;
  if (!props.serverState.rolesTabExists) return false;
  return h(
    'div',
    { id: TEAM_IDS.checks, class: 'checks', 'aria-labelledby': TEAM_IDS.checksTitle, 'data-testid': TEAM_IDS.checks },
    h('h3', { id: TEAM_IDS.checksTitle }, t(lang, 'checks_title')),
    findings &&
      h(
        'p',
        {
          id: TEAM_IDS.checksSummary,
          class: findings.findings.length > 0 || findings.restorable ? 'error' : 'status-success',
          'data-testid': TEAM_IDS.checksSummary,
        },
        findings.summary,
      ),
    findings?.restorable &&
      h(
        'button',
        {
          id: TEAM_IDS.restore,
          type: 'button',
          class: 'action',
          disabled: props.busy,
          'aria-describedby': `${TEAM_IDS.restore}-hint`,
          'data-testid': TEAM_IDS.restore,
          on: { click: () => handlers.restore() },
        },
        t(lang, 'restore_roles'),
      ),
    findings?.restorable &&
      h('p', { id: `${TEAM_IDS.restore}-hint`, class: 'secondary hint' }, t(lang, 'restore_roles_hint')),
    findings &&
      findings.findings.length > 0 &&
      h(
        'ul',
        { id: TEAM_IDS.findingList, class: 'finding-list', 'data-testid': TEAM_IDS.findingList },
        findings.findings.map((finding) =>
          h(
            'li',
            { class: 'finding', 'data-testid': 'team-finding' },
            h('p', { class: 'finding-text' }, finding.text),
            h('p', { class: 'secondary finding-why' }, finding.why),
          ),
        ),
      ),
    h(
      'button',
      {
        id: TEAM_IDS.check,
        type: 'button',
        disabled: props.busy,
        'aria-describedby': `${TEAM_IDS.check}-hint`,
        'data-testid': TEAM_IDS.check,
        on: { click: () => handlers.check() },
      },
      t(lang, 'check_matrix'),
    ),
    h('p', { id: `${TEAM_IDS.check}-hint`, class: 'secondary hint' }, t(lang, 'check_matrix_hint')),
  );
}
