import { defineMessages } from './catalog';

/** The add-on menu. Its title is the add-on's name, which Sheets shows itself. */
export const menuMessages = defineMessages({
  en: {
    sidebar_title: 'Marketing KPI',
    open_sidebar: 'Open sidebar',
    build_kpi_template: 'Build the KPI template',
    build_responsibility_matrix: 'Build the responsibility matrix',
    generate_monthly_report: 'Generate monthly report',
  },
  ru: {
    sidebar_title: 'Маркетинг KPI',
    open_sidebar: 'Открыть боковую панель',
    build_kpi_template: 'Построить шаблон KPI',
    build_responsibility_matrix: 'Построить матрицу ответственности',
    generate_monthly_report: 'Сформировать отчёт за месяц',
  },
});
