/** SpreadsheetApp: the entry to the one spreadsheet the add-on is bound to, its UI and builders. */
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  ProtectionType,
} from './apps-script-enums';
import { asAppsScript } from './apps-script-types';
import { uncounted } from './call-counter';
import { conditionalFormatRuleBuilderFacade } from './conditional-format';
import { dataValidationBuilderFacade } from './data-validation';
import type { EmulatorRuntime } from './runtime';
import { spreadsheetFacade } from './spreadsheet';
import { uiFacade } from './ui';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

type AppMember =
  | 'BooleanCriteria'
  | 'BorderStyle'
  | 'DataValidationCriteria'
  | 'DeveloperMetadataLocationType'
  | 'DeveloperMetadataVisibility'
  | 'ProtectionType'
  | 'flush'
  | 'getActive'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation';

export class EmulatedSpreadsheetApp implements Pick<SpreadsheetApp, AppMember> {
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;

  constructor(private readonly runtime: EmulatorRuntime) {}

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetFacade(this.runtime);
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetFacade(this.runtime);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return uncounted(spreadsheetFacade(this.runtime)).getActiveSheet();
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return uiFacade(this.runtime);
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return dataValidationBuilderFacade(this.runtime);
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return conditionalFormatRuleBuilderFacade(this.runtime);
  }

  /** Writes apply at once in the emulator; flush only counts as a call. */
  flush(): void {}
}

export function spreadsheetAppFacade(runtime: EmulatorRuntime): SpreadsheetApp {
  return asAppsScript<SpreadsheetApp>(runtime.expose(new EmulatedSpreadsheetApp(runtime), 'SpreadsheetApp'));
}
