import { builtOnce, defineMessages } from './catalog';
import type { Lang } from './lang';
import type { NounForms } from './plural';

/**
 * The monthly report tab (in the template's language) and the results of
 * generating it (in the user's language).
 */
const reportMessageTable = () =>
  defineMessages({
    en: {
      tab_name: 'Report {month}',
      title: '{department}: monthly report, {month}',
      label_generated_at: 'Generated',
      snapshot:
        'This tab is a snapshot of the KPI tab: values, not formulas, so it stays the record of what was reported. Generate it again to update it.',
      source_rows: 'Source: the KPI tab, rows {rows} for this month.',
      source_none: 'Source: none, the KPI tab has no row for this month.',
      source_no_tab: 'Source: none, there is no KPI tab.',
      rows_read: 'Rows read for the comparisons, the 12 months and the year to date: the KPI tab, rows {first}–{last}.',
      basis_team:
        'Staff cost (counted once, in the marketing cost): the Team\'s monthly costs, {teamCost} a month for {counted}, the same for every month shown. The KPI tab\'s "Staff & contractor cost" column is not added on top, so no salary counts twice.',
      basis_team_missing: 'Not counted, with no monthly cost entered on the Team: {missing}.',
      basis_staff_column:
        'Staff cost (counted once, in the marketing cost): the KPI tab\'s "Staff & contractor cost" column, because no monthly costs are entered on the Team.',
      section_headline: 'The month in figures',
      col_figure: 'Figure',
      col_change: 'Change',
      col_change_percent: 'Change, %',
      fig_leads: 'Leads',
      fig_marketing_cost: 'Marketing cost, staff included',
      fig_cac: 'CAC (cost per customer)',
      fig_qualified_leads: 'Qualified leads',
      fig_cpl: 'CPL',
      fig_revenue: 'Revenue',
      fig_romi: 'ROMI on channel budgets',
      fig_department_roi: 'Department ROI, salaries included',
      section_summary: 'The month in brief',
      section_decisions: 'Decisions',
      section_keep: 'Keep, or keep testing',
      keep_empty: 'No channel to keep as it is or to keep testing this month.',
      points_unit: 'pp',
      section_channels: 'Channels, {month}',
      col_channel: 'Channel',
      col_leads: 'Leads',
      col_total_cost: 'Total cost',
      col_cac: 'CAC',
      col_marketing_cost: 'Cost with staff',
      col_qualified_short: 'Qualified',
      col_department_roi: 'Department ROI',
      col_cpl: 'CPL',
      col_target_cpl: 'Target CPL',
      col_revenue: 'Revenue',
      col_romi: 'ROMI',
      col_verdict: 'Verdict',
      col_reason: 'Why',
      blended_target: "Channels without a target CPL are judged against the month's blended CPL, {cpl}.",
      no_channels: 'No channels: add them in the template settings.',
      no_figures: 'No figures entered this month',
      no_verdict: '—',
      section_scale: 'Scale',
      scale_empty: 'No channel to scale this month.',
      section_drop: 'Drop or rework',
      drop_empty: 'No channel to drop or rework this month.',
      section_quality: 'Data quality',
      quality_ok: 'No problems found in the figures this report reads.',
      note_no_kpi_tab:
        "There is no KPI tab: build the KPI template, enter the month's figures, then generate the report again.",
      note_kpi_tab_empty:
        'The KPI tab holds no figures yet: enter spend, leads and revenue per channel, then generate the report again.',
      note_month_empty: 'No figures are entered for {month}.',
      note_no_comparison: 'No figures are entered for {month}, so the changes against the previous month are blank.',
      note_missing_months: 'Months with no figures: {months}.',
      note_channels_without_data: 'No figures this month for: {channels}.',
      note_spend_without_leads: '{channel}: cost {cost} but no leads entered (row {rows}); enter 0 if it brought none.',
      note_revenue_not_entered: 'Revenue not entered for: {channels}. ROMI counts their cost but no revenue from them.',
      note_plan_missing:
        "No plan entered for {channels}: the month's % of plan counts their figures but no plan for them.",
      note_cell_text_number:
        'Row {row} ({channel}, {month}), {column}: "{value}" is text, not a number, so it is not counted; enter it as a number.',
      note_cell_not_a_number:
        'Row {row} ({channel}, {month}), {column}: "{value}" is not a number, so it is not counted.',
      note_more_cells: '{count} more cells like these are not counted.',
      note_qualified_above_leads:
        'Row {row} ({channel}, {month}): {qualified:qualified lead|qualified leads} but {leads:lead|leads}; qualified leads are some of the leads, so one of the two cells is wrong. They are counted as entered.',
      note_count_not_whole:
        'Row {row} ({channel}, {month}), {column}: {value} is not a count (a whole number: 0, 1, 2 …); it is counted as entered, correct it.',
      note_more_count_rows: '{count:more row|more rows} with counts like these.',
      note_customers_above_leads:
        "{channel}, {month}: {customers:customer|customers} from {leads:lead|leads}. That is possible when deals close from earlier months' leads (a long sales cycle); the figures are shown as entered.",
      note_unreadable_month_rows:
        'Rows {rows} hold figures, but their Month cell is not a month (YYYY-MM); they are not counted.',
      note_rows_without_channel: 'Rows {rows} hold figures but no channel; they are not counted.',
      note_import_differs:
        '{channel}, {month}, {column}: the KPI tab shows {kpi}, the imports brought {imported} ({source}); difference {difference}. The cell may have been corrected by hand; check which figure is right.',
      import_blank: 'blank',
      import_source_cabinets: "the ad cabinets' totals",
      import_source_crm_rows: 'the CRM rows counted',
      import_source_crm_deals: "the CRM deals' sums",
      note_imports_agree:
        'The imported figures of {month} agree with the KPI tab ({compared:figure|figures} compared).',
      note_duplicate_rows:
        '{channel}, {month}: rows {rows} are the same channel and month; their figures are added together.',
      note_untagged_deals_flagged:
        "{share} of the CRM deals created in {month} have no source and no UTM ({untagged} of {deals:deal|deals}), more than the {tolerance} allowed: they reach no channel, so their leads and revenue are missing from the channels' CPL and ROMI. Fill in the source or utm_source in the CRM and import the export again.",
      note_untagged_deals_ok:
        '{share} of the CRM deals created in {month} have no source and no UTM ({untagged} of {deals:deal|deals}), within the {tolerance} allowed.',
      note_untagged_deals_unknown:
        'How many CRM deals of {month} have no source and no UTM is not known: the CRM export was imported before the add-on counted them. Import it again to count them.',
      section_trend: 'Last 12 months and the year to date',
      year_to_date: '{year} to date',
      section_definitions: 'How we count',
      def_lead:
        'Lead: a contact (phone or email) of a potential client who responded on a channel; the "Leads" column of the KPI tab, every channel counted.',
      def_qualified:
        'Qualified lead: a lead the team checked and kept as a real prospect; non-target leads are left out ("Qualified leads" column).',
      def_customer:
        'Customer: a lead who became a paying client in the month ("Customers" column). CAC = marketing cost with staff / customers.',
      def_romi:
        "ROMI is revenue-based, not margin-based: (revenue − channel budgets) / channel budgets, what the money put into channels returned before salaries. The department's ROI = (revenue − marketing cost with staff) / marketing cost with staff. CPL = marketing cost with staff / leads.",
      def_channel_cost:
        "In the channel table a channel's cost is its row on the KPI tab (budget + the staff cost typed in that row), as its CPL, ROMI and verdict count it.",
      def_vat:
        "VAT: amounts are taken as they are on the KPI tab, with no VAT added or removed. Imported spend is stored without VAT, for every source: Metrica's expenses come without it, and where a person said a cabinet's export includes VAT (Yandex Direct's can; the import asks, 20 % unless changed) it is taken out, to the kopeck. Type spend without VAT too, so a channel's sources add up.",
      def_vat_imports: "This month's imported spend: {answers}.",
      vat_answer_included: '{source} with VAT {rate} %, taken out',
      vat_answer_net: '{source} without VAT, as exported',
      def_month:
        "The month a figure belongs to: spend in the month it was spent, leads in the month they came, customers and revenue in the month the deal was won (its first payment), as the KPI tab's rows hold them.",
      def_reconciliation:
        "Reconciliation: the month's figures came partly from imported exports, so the data-quality notes compare the KPI tab with what the imports brought (all sources added up): spend with the ad cabinets' totals; leads, qualified leads and customers with the CRM rows counted; revenue with the CRM deals' sums. Money may differ by 1 currency unit or 0.5 %, whichever is larger (rounding changes no verdict); counts must match exactly.",
      def_verdicts:
        "Verdicts follow the one rule of the KPI tab and CHANNEL_VERDICT: return first (ROMI against the target ROMI), then CPL against the target CPL (or the month's average); fewer than {minLeads:lead|leads} is too few to judge.",
      def_untagged_deals:
        "Deals without a source: a CRM deal whose Source field and utm_source are both empty. The import counts them in every CRM export by the month the deal was created, among all the export's deals of that month (those mapped to no channel too), and keeps the count with the import; beyond {tolerance} of the deals the report flags it. Figures imported before the add-on counted this have no count: the share is then unknown, not 0.",
      fig_spend: 'Channel budgets',
      col_plan: 'Plan',
      col_of_plan: '% of plan',
      section_plan: 'Plan and fact by channel, {month}',
      col_plan_spend: 'Plan: spend',
      col_spend: 'Spend',
      col_plan_leads: 'Plan: leads',
      col_plan_revenue: 'Plan: revenue',
      plan_all_channels: 'All channels',
      no_plan:
        "No plan is entered for {month}: type it in the KPI tab's plan columns (Plan: spend, Plan: leads, Plan: revenue).",
      section_pacing: 'The month so far: day {day} of {days}',
      col_so_far: 'So far',
      col_plan_to_date: 'Plan to date',
      col_forecast: 'Forecast at month end',
      col_per_day_left: 'Per day left, to plan',
      // A day of a month, as pacing names the import's day (Russian months take the genitive after a day).
      date_m1: '{day} January',
      date_m2: '{day} February',
      date_m3: '{day} March',
      date_m4: '{day} April',
      date_m5: '{day} May',
      date_m6: '{day} June',
      date_m7: '{day} July',
      date_m8: '{day} August',
      date_m9: '{day} September',
      date_m10: '{day} October',
      date_m11: '{day} November',
      date_m12: '{day} December',
      section_pacing_import: 'The month as of the import of {date}: day {day} of {days}',
      col_so_far_import: 'As of {date}',
      col_plan_to_date_import: 'Plan to {date}',
      def_plan:
        "Plan: typed per month and channel on the KPI tab (Plan: spend, Plan: leads, Plan: revenue). % of plan = the figure / its plan. The month's is the sum over every channel / the sum of the plans entered, so a channel without a plan counts in the figure but not in the plan; the year to date adds up the plans of its months. Cost per qualified lead (KPI tab) = total cost / qualified leads.",
      def_pacing_import:
        'The month so far: this month\'s figures came from the import of {date}, so "so far" is as of that import: the figures up to its day, day {day} of {days} (the day itself included), not up to the day the report was generated. The import\'s day is taken, not the last date in the export: a CRM export has no rows for days without deals, so its last deal can be days before the export was made. Plan to {date} = the plan × {day} / {days}; forecast = so far × {days} / {day}; per day left = (plan − so far) / the days left, 0 once the plan is reached.',
      def_pacing:
        "The month so far: the KPI tab holds a month's figures, not a day's, and no import brought this month's, so \"so far\" is what this month's rows held as entered on the tab when the report was generated, counted to today: day {day} of {days}, the figures up to that day. Plan to date = the plan × {day} / {days}; forecast = so far × {days} / {day}; per day left = (plan − so far) / the days left, 0 once the plan is reached.",
      col_month: 'Month',
      col_qualified_leads: 'Qualified leads',
      chart_leads_by_channel: 'Leads by channel, {month}',
      chart_cpl_against_target: 'CPL against target by channel, {month}',
      chart_trend: 'Leads and CPL, last 12 months',
      generated: 'The report for {month} is on the tab "{tab}".',
      replaced: 'The report for {month} on the tab "{tab}" was replaced.',
      summary: '{channels}: {scale} to scale, {drop} to drop or rework.',
      quality_summary: 'Data quality: {notes}; see the end of the report.',
      exists: 'A report for {month} already exists (tab "{tab}"). Choose to replace it to write it again.',
      replace_question: 'A report for {month} already exists (tab "{tab}").{warning} Replace it?',
      exists_edited: 'Its tab was changed by hand after it was generated: replacing it discards those changes.',
      exists_unchecked:
        'It was written before the add-on kept track of changes, so whether it was changed by hand cannot be checked: replacing it discards whatever is there now.',
      invalid_request: 'The report request is not valid: {details}',
      field_request: 'request',
      field_month: 'month',
      field_replaceExisting: 'replace the existing report',
      problem_month_format: '"{value}" is not a month: expected year and month as YYYY-MM, e.g. 2026-03',
      no_month: "There are no figures to report on yet: build the KPI template and enter a month's figures first.",
      month_prompt_title: 'Monthly report',
      month_prompt:
        'Which month should the report cover? Type it as YYYY-MM (for example {example}), or leave it blank for {month}.',
      month_prompt_invalid: '"{value}" is not a month: type the year and the month as YYYY-MM, for example {example}.',
    },
    ru: {
      tab_name: 'Отчёт {month}',
      title: '{department}: ежемесячный отчёт, {month}',
      label_generated_at: 'Сформирован',
      snapshot:
        'Этот лист — снимок листа KPI: значения, а не формулы, поэтому он остаётся записью того, что было в отчёте. Чтобы обновить, сформируйте его заново.',
      source_rows: 'Источник: лист KPI, строки этого месяца {rows}.',
      source_none: 'Источник: нет, на листе KPI нет строк этого месяца.',
      source_no_tab: 'Источник: нет, листа KPI нет.',
      rows_read: 'Для сравнений, 12 месяцев и итогов с начала года прочитаны строки листа KPI {first}–{last}.',
      basis_team:
        'Затраты на штат (учтены один раз, в маркетинговых затратах): ежемесячные затраты на команду, {teamCost} в месяц на {counted}, одинаково для каждого показанного месяца. Столбец «Затраты на штат и подрядчиков» листа KPI сверху не прибавляется, поэтому ни одна зарплата не учтена дважды.',
      basis_team_missing: 'Не учтены, так как ежемесячные затраты в команде не указаны: {missing}.',
      basis_staff_column:
        'Затраты на штат (учтены один раз, в маркетинговых затратах): столбец «Затраты на штат и подрядчиков» листа KPI, так как ежемесячные затраты на команду не указаны.',
      section_headline: 'Месяц в цифрах',
      col_figure: 'Показатель',
      col_change: 'Изменение',
      col_change_percent: 'Изменение, %',
      fig_leads: 'Лиды',
      fig_marketing_cost: 'Затраты на маркетинг с учётом штата',
      fig_cac: 'CAC (стоимость клиента)',
      fig_qualified_leads: 'Квалифицированные лиды',
      fig_cpl: 'CPL',
      fig_revenue: 'Выручка',
      fig_romi: 'ROMI по бюджетам каналов',
      fig_department_roi: 'ROI отдела с зарплатами',
      section_summary: 'Коротко о месяце',
      section_decisions: 'Решения',
      section_keep: 'Оставить или продолжить тест',
      keep_empty: 'В этом месяце нет каналов, которые стоит оставить как есть или продолжить тестировать.',
      points_unit: 'п.п.',
      section_channels: 'Каналы, {month}',
      col_channel: 'Канал',
      col_leads: 'Лиды',
      col_total_cost: 'Итого затраты',
      col_cac: 'CAC',
      col_marketing_cost: 'Затраты со штатом',
      col_qualified_short: 'Квал. лиды',
      col_department_roi: 'ROI отдела',
      col_cpl: 'CPL',
      col_target_cpl: 'Целевой CPL',
      col_revenue: 'Выручка',
      col_romi: 'ROMI',
      col_verdict: 'Вердикт',
      col_reason: 'Почему',
      blended_target: 'Каналы без целевого CPL оцениваются по среднему CPL месяца: {cpl}.',
      no_channels: 'Каналов нет: добавьте их в настройках шаблона.',
      no_figures: 'За этот месяц данных нет',
      no_verdict: '—',
      section_scale: 'Масштабировать',
      scale_empty: 'В этом месяце нет каналов для масштабирования.',
      section_drop: 'Отключить или переделать',
      drop_empty: 'В этом месяце нет каналов, которые стоит отключить или переделать.',
      section_quality: 'Качество данных',
      quality_ok: 'В данных, из которых составлен отчёт, проблем не найдено.',
      note_no_kpi_tab: 'Листа KPI нет: создайте шаблон KPI, введите показатели месяца и сформируйте отчёт заново.',
      note_kpi_tab_empty:
        'На листе KPI пока нет показателей: введите бюджет, лиды и выручку по каналам и сформируйте отчёт заново.',
      note_month_empty: 'За {month} показатели не введены.',
      note_no_comparison: 'За {month} показатели не введены, поэтому изменения к прошлому месяцу пусты.',
      note_missing_months: 'Месяцы без показателей: {months}.',
      note_channels_without_data: 'В этом месяце нет показателей по каналам: {channels}.',
      note_spend_without_leads:
        '{channel}: затраты {cost}, но лиды не введены (строка {rows}); если лидов не было, введите 0.',
      note_revenue_not_entered: 'Выручка не введена для каналов: {channels}. ROMI учитывает их затраты, но не выручку.',
      note_plan_missing:
        'План не введён для каналов: {channels}; в процент выполнения плана за месяц их показатели входят, а план по ним — нет.',
      note_cell_text_number:
        'Строка {row} ({channel}, {month}), {column}: «{value}» — текст, а не число, поэтому не учтено; введите это как число.',
      note_cell_not_a_number: 'Строка {row} ({channel}, {month}), {column}: «{value}» — не число, поэтому не учтено.',
      note_more_cells: 'Ещё таких ячеек, которые не учтены: {count}.',
      note_qualified_above_leads:
        'Строка {row} ({channel}, {month}): {qualified:квалифицированный лид|квалифицированных лида|квалифицированных лидов} при {leads:лиде|лидах|лидах} всего; квалифицированные лиды — часть всех лидов, значит, одна из двух ячеек неверна. Учтено как введено.',
      note_count_not_whole:
        'Строка {row} ({channel}, {month}), {column}: {value} — не количество (нужно целое число: 0, 1, 2 …); учтено как введено, исправьте.',
      note_more_count_rows: 'И ещё {count:строка|строки|строк} с такими количествами.',
      note_customers_above_leads:
        '{channel}, {month}: {customers:клиент|клиента|клиентов} при {leads:лиде|лидах|лидах}. Так бывает, когда в этом месяце закрылись сделки по лидам прошлых месяцев (долгий цикл продаж); показатели приведены как введены.',
      note_unreadable_month_rows:
        'В строках {rows} есть показатели, но в ячейке «Месяц» не месяц (ГГГГ-ММ); они не учтены.',
      note_rows_without_channel: 'В строках {rows} есть показатели, но не указан канал; они не учтены.',
      note_import_differs:
        '{channel}, {month}, {column}: на листе KPI {kpi}, по импорту {imported} ({source}); разница {difference}. Возможно, ячейку исправили вручную; проверьте, какая цифра верна.',
      import_blank: 'пусто',
      import_source_cabinets: 'итоги рекламных кабинетов',
      import_source_crm_rows: 'число строк CRM',
      import_source_crm_deals: 'суммы сделок CRM',
      note_imports_agree:
        'Импортированные показатели за {month} совпадают с листом KPI (сверено: {compared:показатель|показателя|показателей}).',
      note_duplicate_rows:
        '{channel}, {month}: строки {rows} относятся к одному каналу и месяцу; их показатели сложены.',
      note_untagged_deals_flagged:
        '{share} сделок CRM за {month} без источника и UTM ({untagged} из {deals:сделки|сделок|сделок}) — больше допустимых {tolerance}. Такие сделки не попадают ни в один канал, поэтому их лиды и выручка не входят в CPL и ROMI каналов. Заполните в CRM источник или utm_source и импортируйте выгрузку снова.',
      note_untagged_deals_ok:
        '{share} сделок CRM за {month} без источника и UTM ({untagged} из {deals:сделки|сделок|сделок}) — в пределах допустимых {tolerance}.',
      note_untagged_deals_unknown:
        'Сколько сделок CRM за {month} без источника и UTM, неизвестно: выгрузку CRM импортировали до того, как дополнение стало их считать. Импортируйте её снова, чтобы посчитать.',
      section_trend: 'Последние 12 месяцев и итог с начала года',
      year_to_date: 'С начала {year} года',
      section_definitions: 'Как считаем',
      def_lead:
        'Лид — контакт (телефон или почта) потенциального клиента, откликнувшегося в каком-либо канале; столбец «Лиды» листа KPI, по всем каналам.',
      def_qualified:
        'Квалифицированный лид — лид, которого команда проверила и оставила как настоящего потенциального клиента; нецелевые лиды не считаются (столбец «Квалифицированные лиды»).',
      def_customer:
        'Клиент — лид, ставший платящим клиентом в этом месяце (столбец «Клиенты»). CAC = затраты на маркетинг с учётом штата / клиенты.',
      def_romi:
        'ROMI считается по выручке, а не по марже: (выручка − бюджеты каналов) / бюджеты каналов — сколько вернули деньги, вложенные в каналы, без зарплат. ROI отдела = (выручка − затраты на маркетинг с учётом штата) / затраты на маркетинг с учётом штата. CPL = затраты на маркетинг с учётом штата / лиды.',
      def_channel_cost:
        'В таблице каналов затраты канала — его строка на листе KPI (бюджет + затраты на штат, введённые в этой строке); так их считают его CPL, ROMI и вердикт.',
      def_vat:
        'НДС: суммы берутся так, как они стоят на листе KPI, НДС не прибавляется и не вычитается. Импортированные расходы хранятся без НДС, для всех источников: расходы Метрики приходят без него, а если пользователь указал, что выгрузка кабинета с НДС (так бывает у Яндекс Директа; импорт об этом спрашивает, ставка по умолчанию — 20 %), НДС вычитается с точностью до копейки. Расходы, введённые вручную, тоже вводите без НДС, чтобы источники канала складывались.',
      def_vat_imports: 'Импортированные расходы этого месяца: {answers}.',
      vat_answer_included: '{source} — с НДС {rate} %, НДС вычтен',
      vat_answer_net: '{source} — без НДС, как в выгрузке',
      def_month:
        'К какому месяцу относится показатель: бюджет — к месяцу, когда потрачен, лиды — к месяцу, когда пришли, клиенты и выручка — к месяцу, когда сделка выиграна (первая оплата), как их хранят строки листа KPI.',
      def_reconciliation:
        'Сверка: часть показателей месяца пришла из импорта выгрузок, поэтому в замечаниях о данных лист KPI сравнивается с тем, что принёс импорт (все источники вместе): бюджет — с итогами рекламных кабинетов; лиды, квалифицированные лиды и клиенты — с числом строк CRM; выручка — с суммами сделок CRM. Деньги могут расходиться на 1 единицу валюты или на 0,5 %, смотря что больше (округление не меняет вердикта); количества должны совпадать точно.',
      def_verdicts:
        'Вердикты — по одному правилу листа KPI и функции CHANNEL_VERDICT: сначала окупаемость (ROMI против целевого ROMI), затем CPL против целевого CPL (или среднего за месяц); меньше {minLeads:лида|лидов|лидов} — слишком мало, чтобы судить.',
      def_untagged_deals:
        'Сделки без источника — сделки CRM, у которых пусты и поле «Источник», и utm_source. Импорт считает их в каждой выгрузке CRM по месяцу создания сделки среди всех сделок выгрузки за этот месяц (включая те, что не попали ни в один канал) и сохраняет их число вместе с импортом; если их больше {tolerance}, отчёт делает замечание. Для показателей, импортированных до того, как дополнение стало это считать, подсчёта нет: доля тогда неизвестна, а не равна 0.',
      fig_spend: 'Бюджеты каналов',
      col_plan: 'План',
      col_of_plan: '% плана',
      section_plan: 'План и факт по каналам, {month}',
      col_plan_spend: 'План: бюджет',
      col_spend: 'Бюджет',
      col_plan_leads: 'План: лиды',
      col_plan_revenue: 'План: выручка',
      plan_all_channels: 'Все каналы',
      no_plan:
        'План на {month} не введён: впишите его в столбцы плана на листе KPI («План: бюджет», «План: лиды», «План: выручка»).',
      section_pacing: 'Месяц на сегодня: день {day} из {days}',
      col_so_far: 'На сегодня',
      col_plan_to_date: 'План на сегодня',
      col_forecast: 'Прогноз на конец месяца',
      col_per_day_left: 'Нужно в день до плана',
      date_m1: '{day} января',
      date_m2: '{day} февраля',
      date_m3: '{day} марта',
      date_m4: '{day} апреля',
      date_m5: '{day} мая',
      date_m6: '{day} июня',
      date_m7: '{day} июля',
      date_m8: '{day} августа',
      date_m9: '{day} сентября',
      date_m10: '{day} октября',
      date_m11: '{day} ноября',
      date_m12: '{day} декабря',
      section_pacing_import: 'Месяц по данным импорта от {date}: день {day} из {days}',
      col_so_far_import: 'На {date}',
      col_plan_to_date_import: 'План на {date}',
      def_plan:
        'План вводится по месяцам и каналам на листе KPI («План: бюджет», «План: лиды», «План: выручка»). % плана = показатель / его план. За месяц — сумма по всем каналам / сумма введённых планов, поэтому канал без плана входит в показатель, но не в план; с начала года складываются планы его месяцев. Стоимость квалифицированного лида (лист KPI) = итого затраты / квалифицированные лиды.',
      def_pacing_import:
        'Месяц по данным импорта: показатели этого месяца пришли из импорта от {date}, поэтому это показатели на день импорта включительно (день {day} из {days}), а не на день формирования отчёта. Берётся день импорта, а не последняя дата в выгрузке: в выгрузке CRM нет строк за дни без сделок, и последняя сделка может быть на несколько дней раньше, чем сделана выгрузка. План на {date} = план × {day} / {days}; прогноз = показатель на день импорта × {days} / {day}; нужно в день = (план − показатель на день импорта) / оставшиеся дни, 0 после выполнения плана.',
      def_pacing:
        'Месяц на сегодня: на листе KPI показатели месячные, а не дневные, и показатели этого месяца не импортированы, поэтому «на сегодня» — то, что было введено в строках этого месяца на листе, когда формировался отчёт, а дни считаются по сегодня включительно (день {day} из {days}). План на сегодня = план × {day} / {days}; прогноз = на сегодня × {days} / {day}; нужно в день = (план − на сегодня) / оставшиеся дни, 0 после выполнения плана.',
      col_month: 'Месяц',
      col_qualified_leads: 'Квалифицированные лиды',
      chart_leads_by_channel: 'Лиды по каналам, {month}',
      chart_cpl_against_target: 'CPL и цель по каналам, {month}',
      chart_trend: 'Лиды и CPL за 12 месяцев',
      generated: 'Отчёт за {month} — на листе «{tab}».',
      replaced: 'Отчёт за {month} на листе «{tab}» заменён.',
      summary: '{channels}: масштабировать — {scale}, отключить или переделать — {drop}.',
      quality_summary: 'Качество данных: {notes}; подробности в конце отчёта.',
      exists: 'Отчёт за {month} уже есть (лист «{tab}»). Чтобы сформировать его заново, выберите замену.',
      replace_question: 'Отчёт за {month} уже есть (лист «{tab}»).{warning} Заменить его?',
      exists_edited: 'Его лист меняли вручную после формирования: замена сотрёт эти изменения.',
      exists_unchecked:
        'Он сформирован до того, как дополнение стало отслеживать изменения, поэтому проверить, меняли ли его вручную, нельзя: замена сотрёт всё, что там сейчас.',
      invalid_request: 'Неверный запрос отчёта: {details}',
      field_request: 'запрос',
      field_month: 'месяц',
      field_replaceExisting: 'заменить ли готовый отчёт',
      problem_month_format: '«{value}» — не месяц: нужны год и месяц в виде ГГГГ-ММ, например 2026-03',
      no_month: 'Пока не о чем отчитываться: создайте шаблон KPI и введите показатели месяца.',
      month_prompt_title: 'Ежемесячный отчёт',
      month_prompt:
        'За какой месяц сформировать отчёт? Введите его как ГГГГ-ММ (например, {example}) или оставьте поле пустым — тогда за {month}.',
      month_prompt_invalid: '«{value}» — не месяц: введите год и месяц как ГГГГ-ММ, например {example}.',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const reportMessages = {
  get en() {
    return builtOnce(reportMessageTable).en;
  },
  get ru() {
    return builtOnce(reportMessageTable).ru;
  },
};

/** "3 people" / "3 человека" (the Team members whose cost is counted). */
export const PERSON_FORMS: Record<Lang, NounForms> = {
  en: ['person', 'people', 'people'],
  ru: ['человек', 'человека', 'человек'],
};

/** "10 channels" / "10 каналов". */
export const CHANNEL_FORMS: Record<Lang, NounForms> = {
  en: ['channel', 'channels', 'channels'],
  ru: ['канал', 'канала', 'каналов'],
};

/** "3 notes" / "3 замечания". */
export const NOTE_FORMS: Record<Lang, NounForms> = {
  en: ['note', 'notes', 'notes'],
  ru: ['замечание', 'замечания', 'замечаний'],
};
