import { builtOnce, defineMessages } from './catalog';

/** The KPI tab: column headers, notes and the results of building it. */
const kpiMessageTable = () =>
  defineMessages({
    en: {
      col_month: 'Month',
      col_channel: 'Channel',
      col_spend: 'Spend',
      col_staff_cost: 'Staff & contractor cost',
      col_total_cost: 'Total cost',
      col_leads: 'Leads',
      col_qualified_leads: 'Qualified leads',
      col_customers: 'Customers',
      col_revenue: 'Revenue',
      col_target_cpl: 'Target CPL',
      col_cpl: 'CPL',
      col_romi: 'ROMI',
      col_conversion: 'Lead → customer conversion',
      col_verdict: 'Verdict',
      col_note: 'Note',
      help_non_negative: 'Enter a number, 0 or more',
      help_whole_count: 'Enter a whole number, 0 or more: leads and customers are counted (12, not 12.5)',
      help_customers:
        'Enter a whole number, 0 or more: the deals won this month (a deal counts in the month it was won, not the month its lead came)',
      help_revenue:
        'Enter a number (a refund may be negative): the revenue of the deals won this month (credited to the month the deal was won)',
      help_qualified_leads:
        'Enter a whole number, 0 or more and not above the leads in this row: qualified leads are some of the leads',
      protection_formulas: 'Marketing KPI: computed column (edit the inputs, not the formula)',
      protection_keys:
        'Marketing KPI: months, channels and channel ids come from the template settings; once shared, only the head of the department and the owner change them',
      protection_header:
        "Marketing KPI: the table's header; once shared, only the head of the department and the owner change it",
      built: 'KPI tab built: {rows:row|rows}, {channels:channel|channels} × {months:month|months}.',
      sample_needs_empty:
        'The KPI tab already holds numbers; sample data only goes into an empty tab, so nothing was changed.',
      sample_needs_template: 'Build the KPI template first; then sample data can fill it.',
      restore_needs_template: 'There is no KPI tab to restore yet: build the KPI template first.',
      col_target_used: 'Target CPL used',
      col_status: 'Status (add-on)',
      col_channel_id: 'Channel id (add-on)',
      status_removed_channel: 'Channel is not in the settings any more; its data is kept',
      status_duplicate_row: 'Duplicate of another row for this month and channel; its data is kept',
      status_unreadable_month: "The Month cell is not a month (YYYY-MM); the row's data is kept",
      protection_status: "Marketing KPI: the add-on's status and channel ids (the Note column is yours)",
      updated_kept:
        'KPI tab updated: {added:row|rows} added, {channels:channel|channels}; checked: every value you typed is where it was.',
      updated_changed:
        'KPI tab updated: {added:row|rows} added, {channels:channel|channels}. These cells you typed in changed while it ran: {cells}. Check them (Edit → Version history shows who changed what).',
      kept_typed:
        'Cells of computed columns hold values typed over the formula; they are kept as typed (clear a cell to get its formula back): {cells}.',
      status_rows: 'Rows marked in the Status column: {count}; their data is kept.',
      missing_columns:
        "The KPI tab has lost its column(s) {columns}, so nothing was written. Undo the deletion (Edit → Undo), or use Extensions → Marketing KPI → Restore the KPI tab's columns to add them back at the end of the table.",
      missing_header:
        "The KPI tab's header row (Month, Channel, …) is gone, so nothing was written. Undo the deletion (Edit → Undo), or use Extensions → Marketing KPI → Restore the KPI tab's columns to put the header back above the table.",
      foreign_tab:
        "A tab named «{name}» exists, but the add-on did not build it (its header is not the KPI table's), so nothing was written. Rename that tab, then build again.",
      restored: 'KPI tab restored: {count:column|columns} added back at the end of the table ({columns}).',
      restored_header: 'KPI tab restored: the header row is back above the table.',
      restore_nothing: 'The KPI tab has every column and its header; nothing needed restoring.',
      sample_filled_kept:
        "Sample data filled in: {rows:row|rows} of a year of an IT company's numbers, only into empty cells; checked: every value you typed is where it was.",
      col_cac: 'CAC (cost per customer)',
      col_cost_per_qualified_lead: 'Cost per qualified lead',
      col_plan_spend: 'Plan: spend',
      col_spend_of_plan: 'Spend, % of plan',
      col_plan_leads: 'Plan: leads',
      col_leads_of_plan: 'Leads, % of plan',
      col_plan_revenue: 'Plan: revenue',
      col_revenue_of_plan: 'Revenue, % of plan',
      upgraded:
        'New columns of this version added right of the table ({columns}); nothing of yours moved but your own columns to their right.',
      tab_name: 'KPI',
    },
    ru: {
      col_month: 'Месяц',
      col_channel: 'Канал',
      col_spend: 'Бюджет',
      col_staff_cost: 'Затраты на штат и подрядчиков',
      col_total_cost: 'Итого затраты',
      col_leads: 'Лиды',
      col_qualified_leads: 'Квалифицированные лиды',
      col_customers: 'Клиенты',
      col_revenue: 'Выручка',
      col_target_cpl: 'Целевой CPL',
      col_cpl: 'CPL',
      col_romi: 'ROMI',
      col_conversion: 'Конверсия лид → клиент',
      col_verdict: 'Вердикт',
      col_note: 'Примечание',
      help_non_negative: 'Введите число, 0 или больше',
      help_whole_count: 'Введите целое число, 0 или больше: лиды и клиенты считаются штуками (12, а не 12,5)',
      help_customers:
        'Введите целое число, 0 или больше: число сделок, выигранных в этом месяце (сделка относится к месяцу, когда она выиграна, а не к месяцу, когда пришёл лид)',
      help_revenue:
        'Введите число (возврат может быть отрицательным): выручка сделок, выигранных в этом месяце (она относится к месяцу, когда сделка выиграна)',
      help_qualified_leads:
        'Введите целое число, 0 или больше и не больше лидов в этой строке: квалифицированные лиды — часть всех лидов',
      protection_formulas: 'Маркетинг KPI: вычисляемый столбец (меняйте исходные данные, а не формулу)',
      protection_keys:
        'Маркетинг KPI: месяцы, каналы и коды каналов берутся из настроек шаблона; после открытия доступа команде их меняют только руководитель отдела и владелец',
      protection_header:
        'Маркетинг KPI: заголовок таблицы; после открытия доступа команде его меняют только руководитель отдела и владелец',
      built:
        'Лист KPI создан: {rows:строка|строки|строк}, {channels:канал|канала|каналов} × {months:месяц|месяца|месяцев}.',
      sample_needs_empty:
        'На листе KPI уже есть числа; демо-данные добавляются только на пустой лист, поэтому ничего не изменено.',
      sample_needs_template: 'Сначала создайте шаблон KPI, затем его можно заполнить демо-данными.',
      restore_needs_template: 'Восстанавливать пока нечего: сначала создайте шаблон KPI.',
      col_target_used: 'Целевой CPL для вердикта',
      col_status: 'Статус (надстройка)',
      col_channel_id: 'Код канала (надстройка)',
      status_removed_channel: 'Канала больше нет в настройках; его данные сохранены',
      status_duplicate_row: 'Повтор другой строки этого месяца и канала; данные сохранены',
      status_unreadable_month: 'В ячейке «Месяц» не месяц (ГГГГ-ММ); данные строки сохранены',
      protection_status: 'Маркетинг KPI: статус и коды каналов ведёт надстройка (столбец «Примечание» — ваш)',
      updated_kept:
        'Лист KPI обновлён ({channels:канал|канала|каналов}), строк добавлено: {added}; проверено: все введённые вами значения на своих местах.',
      updated_changed:
        'Лист KPI обновлён ({channels:канал|канала|каналов}), строк добавлено: {added}. Пока шло обновление, изменились ячейки с вашими данными: {cells}. Проверьте их (история версий в меню «Файл» покажет, кто что менял).',
      kept_typed:
        'В вычисляемых столбцах вместо формулы введены значения; они сохранены как есть (очистите ячейку, чтобы вернуть формулу): {cells}.',
      status_rows: 'Строк с отметкой в столбце «Статус»: {count}; их данные сохранены.',
      missing_columns:
        'На листе KPI нет столбцов {columns}, поэтому ничего не записано. Отмените удаление (Правка → Отменить) или выберите Расширения → Маркетинг KPI → Восстановить столбцы листа KPI: они будут добавлены в конец таблицы.',
      missing_header:
        'На листе KPI нет строки заголовка («Месяц», «Канал», …), поэтому ничего не записано. Отмените удаление (Правка → Отменить) или выберите Расширения → Маркетинг KPI → Восстановить столбцы листа KPI: заголовок вернётся над таблицей.',
      foreign_tab:
        'Лист «{name}» уже есть, но его создала не надстройка (заголовок не как у таблицы KPI), поэтому ничего не записано. Переименуйте этот лист и постройте шаблон снова.',
      restored: 'Лист KPI восстановлен: столбцов добавлено в конец таблицы: {count} ({columns}).',
      restored_header: 'Лист KPI восстановлен: строка заголовка снова над таблицей.',
      restore_nothing: 'На листе KPI все столбцы и заголовок на месте; восстанавливать нечего.',
      sample_filled_kept:
        'Добавлены демо-данные — год показателей ИТ-компании, только в пустые ячейки ({rows:строка|строки|строк}); проверено: все введённые вами значения на своих местах.',
      col_cac: 'CAC (стоимость клиента)',
      col_cost_per_qualified_lead: 'Стоимость квалифицированного лида',
      col_plan_spend: 'План: бюджет',
      col_spend_of_plan: 'Бюджет, % плана',
      col_plan_leads: 'План: лиды',
      col_leads_of_plan: 'Лиды, % плана',
      col_plan_revenue: 'План: выручка',
      col_revenue_of_plan: 'Выручка, % плана',
      upgraded:
        'Справа от таблицы добавлены новые столбцы этой версии ({columns}); сдвинулись только ваши собственные столбцы правее таблицы.',
      tab_name: 'KPI',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const kpiMessages = {
  get en() {
    return builtOnce(kpiMessageTable).en;
  },
  get ru() {
    return builtOnce(kpiMessageTable).ru;
  },
};

export type KpiMessageKey = keyof (typeof kpiMessages)['en'];
