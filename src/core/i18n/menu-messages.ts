import { builtOnce, defineMessages } from './catalog';

/** The add-on menu. Its title is the add-on's name, which Sheets shows itself. */
const menuMessageTable = () =>
  defineMessages({
    en: {
      sidebar_title: 'Marketing KPI',
      open_sidebar: 'Open sidebar',
      build_kpi_template: 'Build the KPI template',
      restore_kpi_columns: "Restore the KPI tab's columns",
      build_responsibility_matrix: 'Build the responsibility matrix',
      generate_monthly_report: 'Generate monthly report',
      release_structure_lock: 'Release the structure lock',
    },
    ru: {
      sidebar_title: 'Маркетинг KPI',
      open_sidebar: 'Открыть боковую панель',
      build_kpi_template: 'Построить шаблон KPI',
      restore_kpi_columns: 'Восстановить столбцы листа KPI',
      build_responsibility_matrix: 'Построить матрицу ответственности',
      generate_monthly_report: 'Сформировать отчёт за месяц',
      release_structure_lock: 'Снять блокировку структуры',
    },
  });

/** Built on first read, like every table (catalog.ts, `builtOnce`): most executions read none of it. */
export const menuMessages = {
  get en() {
    return builtOnce(menuMessageTable).en;
  },
  get ru() {
    return builtOnce(menuMessageTable).ru;
  },
};
