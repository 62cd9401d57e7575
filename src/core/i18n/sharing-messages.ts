import { builtOnce, defineMessages } from './catalog';

/**
 * Sharing the template with the team, in the user's own language: who may
 * change the shared structure, what sharing did, and why it could not.
 */
const sharingMessageTable = () =>
  defineMessages({
    en: {
      structure_locked:
        "The template is shared with the team, so only the head of the department ({heads}) or the spreadsheet's owner can change its structure. You can still fill in the figures on the KPI tab.",
      structure_locked_no_heads:
        "The template is shared with the team, so only the spreadsheet's owner can change its structure until a person with the Head role and an email is in the team. You can still fill in the figures on the KPI tab.",
      unknown_user:
        'Google did not tell the add-on who you are, so it cannot check that you may change the shared template. Open the spreadsheet signed in to one Google account only (or in a private window), allow the add-on to see your email address if Google asks, then try again. The owner can always release the lock: Extensions → Marketing KPI → Release the structure lock, or the same button under Share with the team in the sidebar.',
      share_head_only:
        "Only the head of the department (a person with the Head role and your email in Team & roles) or the spreadsheet's owner can share the template with the team.",
      share_no_team: "Add the department's people in Team & roles and save the team first; then share with them.",
      share_unknown_people: 'These people are no longer in the team: {ids}. Reload the sidebar and choose again.',
      invalid_share_request: 'The sharing request is not valid: {details}',
      field_request: 'request',
      field_personIds: 'people to share with',
      field_person_id: 'person {index}',
      refused_no_account:
        'Not shared with {name} ({email}): this address has no Google account, and Google shares a spreadsheet only with one. Put their Google address in Team & roles, or ask them to create a Google account for this address, then share again.',
      refused_no_right:
        "Not shared with {name} ({email}): Google did not let you share this spreadsheet ({reason}). Ask the spreadsheet's owner to share it, or to let editors share under File → Share → Settings.",
      refused_other:
        'Not shared with {name} ({email}): Google refused ({reason}). Check the address in Team & roles, or share from File → Share.',
      shared_nobody: 'Nobody was given access.',
      locked_team_needs_head:
        'The template is shared with the team and its structure is locked to the heads and the owner, so the team must keep at least one person with the Head role and an email. Give someone the Head role with their Google address, or release the structure lock first (Release the structure lock, under Share with the team or in Extensions → Marketing KPI). Nothing was saved.',
      release_not_locked: 'The structure is not locked: every editor can change the template.',
      release_not_allowed:
        "Only the spreadsheet's owner, the head of the department or, in a shared drive, a manager of the drive can release the structure lock. Ask one of them.",
      released: 'The structure lock is released: every editor can change the template again.',
      released_tabs: "The add-on's protections on {tabs} now only warn. Share with the team again to lock them.",
      heads_without_access:
        'Heads who cannot edit the spreadsheet, so the protected structure is not theirs to change yet: {names}. Share with them (with a Google address), then share again.',
      not_locked_yet:
        'The structure stays open to every editor until at least one person of the team can edit the spreadsheet.',
      shared: 'Shared with {count}: {names}.',
      shared_nobody_new: 'Nobody new to share with.',
      notified: 'Google emailed each of them a link.',
      already_editors: 'Already editors: {names}.',
      without_email: 'Not shared, no email in Team & roles: {names}.',
      left_team:
        'No longer in the team but still editors of the spreadsheet: {emails}. They have lost any right to change the structure; remove them under File → Share if they should lose access too.',
      protected_structure:
        "The structure is protected ({tabs}): only the head of the department and the owner can change it. The KPI tab's figures stay open to every editor.",
      protected_nothing_yet:
        'The tabs will be protected as they are built: only the head of the department and the owner will change the structure.',
    },
    ru: {
      structure_locked:
        'Шаблон открыт команде, поэтому менять его структуру могут только руководитель отдела ({heads}) или владелец таблицы. Показатели на листе KPI вы по-прежнему можете заполнять.',
      structure_locked_no_heads:
        'Шаблон открыт команде, поэтому менять его структуру может только владелец таблицы, пока в команде нет человека с ролью руководителя и адресом почты. Показатели на листе KPI вы по-прежнему можете заполнять.',
      unknown_user:
        'Google не сообщил надстройке, кто вы, поэтому она не может проверить, вправе ли вы менять общий шаблон. Откройте таблицу, войдя только в один аккаунт Google (или в приватном окне), разрешите надстройке видеть ваш адрес почты, если Google спросит, и повторите. Владелец всегда может снять блокировку: Расширения → Маркетинг KPI → Снять блокировку структуры или та же кнопка в разделе «Доступ для команды» боковой панели.',
      share_head_only:
        'Открыть шаблон команде может только руководитель отдела (человек с ролью руководителя и вашим адресом почты в разделе «Команда и роли») или владелец таблицы.',
      share_no_team:
        'Сначала добавьте людей отдела в разделе «Команда и роли» и сохраните команду, затем откройте им доступ.',
      share_unknown_people: 'Этих людей уже нет в команде: {ids}. Перезагрузите боковую панель и выберите снова.',
      invalid_share_request: 'Запрос на открытие доступа неверен: {details}',
      field_request: 'запрос',
      field_personIds: 'кому открыть доступ',
      field_person_id: 'человек {index}',
      refused_no_account:
        'Доступ для {name} ({email}) не открыт: у этого адреса нет аккаунта Google, а Google открывает доступ к таблице только аккаунтам Google. Укажите в разделе «Команда и роли» их адрес Google или попросите завести аккаунт Google на этот адрес, затем откройте доступ снова.',
      refused_no_right:
        'Доступ для {name} ({email}) не открыт: Google не разрешил вам открывать доступ к этой таблице ({reason}). Попросите владельца таблицы открыть доступ или разрешить это редакторам в меню Файл → Поделиться → Настройки.',
      refused_other:
        'Доступ для {name} ({email}) не открыт: Google отказал ({reason}). Проверьте адрес в разделе «Команда и роли» или откройте доступ через Файл → Поделиться.',
      shared_nobody: 'Доступ никому не открыт.',
      locked_team_needs_head:
        'Шаблон открыт команде, и его структуру могут менять только руководители и владелец, поэтому в команде должен остаться хотя бы один человек с ролью руководителя и адресом почты. Назначьте кого-нибудь руководителем и укажите его адрес Google или сначала снимите блокировку структуры («Снять блокировку структуры» в разделе «Доступ для команды» или в меню Расширения → Маркетинг KPI). Ничего не сохранено.',
      release_not_locked: 'Структура не заблокирована: менять шаблон может любой редактор.',
      release_not_allowed:
        'Снять блокировку структуры может только владелец таблицы, руководитель отдела или, на общем диске, его менеджер. Обратитесь к одному из них.',
      released: 'Блокировка структуры снята: менять шаблон снова может любой редактор.',
      released_tabs:
        'Защита надстройки на листах {tabs} теперь только предупреждает. Чтобы снова заблокировать, откройте доступ команде ещё раз.',
      heads_without_access:
        'Руководители без доступа к таблице, поэтому защищённую структуру они пока менять не могут: {names}. Откройте им доступ (на адрес Google) и повторите.',
      not_locked_yet:
        'Структура остаётся открытой всем редакторам, пока хотя бы один человек из команды не сможет редактировать таблицу.',
      shared: 'Доступ открыт ({count}): {names}.',
      shared_nobody_new: 'Новых людей для доступа нет.',
      notified: 'Google отправил каждому ссылку по почте.',
      already_editors: 'Уже редакторы: {names}.',
      without_email: 'Доступ не открыт, нет почты в разделе «Команда и роли»: {names}.',
      left_team:
        'Уже не в команде, но всё ещё редакторы таблицы: {emails}. Права менять структуру у них больше нет; чтобы закрыть и доступ к таблице, удалите их в меню Файл → Поделиться.',
      protected_structure:
        'Структура защищена ({tabs}): менять её могут только руководитель отдела и владелец. Показатели на листе KPI открыты всем редакторам.',
      protected_nothing_yet:
        'Листы будут защищены по мере создания: структуру смогут менять только руководитель отдела и владелец.',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const sharingMessages = {
  get en() {
    return builtOnce(sharingMessageTable).en;
  },
  get ru() {
    return builtOnce(sharingMessageTable).ru;
  },
};
