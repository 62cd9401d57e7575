import { defineMessages } from './catalog';

/**
 * Sharing the template with the team, in the user's own language: who may
 * change the shared structure, what sharing did, and why it could not.
 */
export const sharingMessages = defineMessages({
  en: {
    structure_locked:
      'The template is shared with the team, so only the head of the department ({heads}) or the spreadsheet\'s owner can change its structure. You can still fill in the figures on the KPI tab.',
    structure_locked_no_heads:
      'The template is shared with the team, so only the spreadsheet\'s owner can change its structure until a person with the Head role and an email is in the team. You can still fill in the figures on the KPI tab.',
    unknown_user:
      'Google did not tell the add-on who you are, so it cannot check that you may change the shared template. Open the spreadsheet signed in to one Google account only, then try again.',
    share_head_only:
      'Only the head of the department (a person with the Head role and your email in Team & roles) or the spreadsheet\'s owner can share the template with the team.',
    share_no_team: 'Add the department\'s people in Team & roles and save the team first; then share with them.',
    share_unknown_people: 'These people are no longer in the team: {ids}. Reload the sidebar and choose again.',
    invalid_share_request: 'The sharing request is not valid: {details}',
    drive_unavailable:
      'Google Drive is not available to the add-on, so it cannot share without an email. Tick "Tell them by email" to share through Sheets, or share from File → Share.',
    drive_refused: 'Google Drive did not share with {email}: {reason}. Tick "Tell them by email" to share through Sheets, or share from File → Share.',
    shared: 'Shared with {count}: {names}.',
    shared_nobody_new: 'Nobody new to share with.',
    notified: 'Google emailed each of them a link.',
    not_notified: 'No email was sent: send them the link yourself.',
    already_editors: 'Already editors: {names}.',
    without_email: 'Not shared, no email in Team & roles: {names}.',
    left_team:
      'No longer in the team but still editors of the spreadsheet: {emails}. They have lost any right to change the structure; remove them under File → Share if they should lose access too.',
    protected_structure:
      'The structure is protected ({tabs}): only the head of the department and the owner can change it. The KPI tab\'s figures stay open to every editor.',
    protected_nothing_yet: 'The tabs will be protected as they are built: only the head of the department and the owner will change the structure.',
  },
  ru: {
    structure_locked:
      'Шаблон открыт команде, поэтому менять его структуру могут только руководитель отдела ({heads}) или владелец таблицы. Показатели на листе KPI вы по-прежнему можете заполнять.',
    structure_locked_no_heads:
      'Шаблон открыт команде, поэтому менять его структуру может только владелец таблицы, пока в команде нет человека с ролью руководителя и адресом почты. Показатели на листе KPI вы по-прежнему можете заполнять.',
    unknown_user:
      'Google не сообщил надстройке, кто вы, поэтому она не может проверить, вправе ли вы менять общий шаблон. Откройте таблицу, войдя только в один аккаунт Google, и повторите.',
    share_head_only:
      'Открыть шаблон команде может только руководитель отдела (человек с ролью руководителя и вашим адресом почты в разделе «Команда и роли») или владелец таблицы.',
    share_no_team: 'Сначала добавьте людей отдела в разделе «Команда и роли» и сохраните команду, затем откройте им доступ.',
    share_unknown_people: 'Этих людей уже нет в команде: {ids}. Перезагрузите боковую панель и выберите снова.',
    invalid_share_request: 'Запрос на открытие доступа неверен: {details}',
    drive_unavailable:
      'Google Диск недоступен надстройке, поэтому открыть доступ без письма нельзя. Отметьте «Сообщить по почте», чтобы открыть доступ через Таблицы, или откройте его через Файл → Поделиться.',
    drive_refused: 'Google Диск не открыл доступ для {email}: {reason}. Отметьте «Сообщить по почте», чтобы открыть доступ через Таблицы, или откройте его через Файл → Поделиться.',
    shared: 'Доступ открыт ({count}): {names}.',
    shared_nobody_new: 'Новых людей для доступа нет.',
    notified: 'Google отправил каждому ссылку по почте.',
    not_notified: 'Писем не отправлено: пришлите ссылку сами.',
    already_editors: 'Уже редакторы: {names}.',
    without_email: 'Доступ не открыт, нет почты в разделе «Команда и роли»: {names}.',
    left_team:
      'Уже не в команде, но всё ещё редакторы таблицы: {emails}. Права менять структуру у них больше нет; чтобы закрыть и доступ к таблице, удалите их в меню Файл → Поделиться.',
    protected_structure:
      'Структура защищена ({tabs}): менять её могут только руководитель отдела и владелец. Показатели на листе KPI открыты всем редакторам.',
    protected_nothing_yet: 'Листы будут защищены по мере создания: структуру смогут менять только руководитель отдела и владелец.',
  },
});
