/**
 * Protection: who may edit a protected range or sheet. Changes need the
 * right to edit the protection; the owner can never be removed.
 */
import { assertCanChangeProtection, canEditProtection, protectedRange, protectionEditors } from './access-control';
import { asAppsScript, enumMember } from './apps-script-types';
import { uncounted } from './call-counter';
import type { ProtectionData } from './protection-data';
import type { EmulatorRuntime } from './runtime';
import { emailOf, userFacade } from './user';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type User = GoogleAppsScript.Base.User;

type ProtectionMethod =
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getRangeName'
  | 'getUnprotectedRanges'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setNamedRange'
  | 'setRange'
  | 'setRangeName'
  | 'setUnprotectedRanges'
  | 'setWarningOnly';

export function protectionFacade(runtime: EmulatorRuntime, data: ProtectionData): Protection {
  return asAppsScript<Protection>(runtime.expose(new EmulatedProtection(runtime, data), 'Protection'));
}

export class EmulatedProtection implements Pick<Protection, ProtectionMethod> {
  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly data: ProtectionData,
  ) {}

  private self(): Protection {
    return asAppsScript<Protection>(this);
  }

  private assertExists(): void {
    if (!this.runtime.workbook.protections.includes(this.data)) throw new Error('This protection has been removed.');
  }

  /** A change: the protection must still exist and the active user must be allowed to change it. */
  private change(apply: () => void): Protection {
    this.assertExists();
    assertCanChangeProtection(this.data, this.runtime.users);
    apply();
    return this.self();
  }

  /** Sheets copies the spreadsheet's editors into the protection the first time a script changes its list. */
  private editorSet(): Set<string> {
    this.data.editors ??= new Set(this.runtime.users.editors());
    return this.data.editors;
  }

  /**
   * Only an editor of the spreadsheet with a Google account can be given a
   * protected range; anyone else is refused, and `addEditors` stops at the
   * first such address, keeping those added before it.
   */
  addEditor(user: string | User): Protection {
    return this.change(() => this.addProtectionEditor(emailOf(user)));
  }

  addEditors(emailAddresses: string[]): Protection {
    return this.change(() => emailAddresses.forEach((email) => this.addProtectionEditor(emailOf(email))));
  }

  private addProtectionEditor(email: string): void {
    const users = this.runtime.users;
    if (!users.hasGoogleAccount(email) || !users.isEditor(email)) {
      throw new Error(
        `Exception: Invalid email: ${email}. A protected range can only be given to an editor of the spreadsheet with a Google account.`,
      );
    }
    this.editorSet().add(email);
  }

  removeEditor(user: string | User): Protection {
    return this.change(() => {
      const email = emailOf(user);
      if (email !== this.runtime.users.owner) this.editorSet().delete(email);
    });
  }

  removeEditors(users: string[] | User[]): Protection {
    return this.change(() => {
      for (const user of users) {
        const email = emailOf(user);
        if (email !== this.runtime.users.owner) this.editorSet().delete(email);
      }
    });
  }

  getEditors(): User[] {
    return protectionEditors(this.data, this.runtime.users).map((email) => userFacade(this.runtime, email));
  }

  canEdit(): boolean {
    return canEditProtection(this.data, this.runtime.users);
  }

  canDomainEdit(): boolean {
    return this.data.domainEdit;
  }

  setDomainEdit(editable: boolean): Protection {
    return this.change(() => {
      this.data.domainEdit = editable;
    });
  }

  getDescription(): string {
    return this.data.description;
  }

  setDescription(description: string): Protection {
    return this.change(() => {
      this.data.description = String(description);
    });
  }

  isWarningOnly(): boolean {
    return this.data.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    return this.change(() => {
      this.data.warningOnly = warningOnly;
    });
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return enumMember<GoogleAppsScript.Spreadsheet.ProtectionType>(this.data.kind);
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.runtime.facades.range(protectedRange(this.data, this.runtime.workbook));
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): Protection {
    const ref = this.runtime.facades.rangeRef(range, 'range');
    return this.change(() => {
      if (this.data.kind === 'SHEET')
        throw new Error('A sheet protection covers its whole sheet; its range cannot be set.');
      this.data.range = { ...ref };
      this.data.rangeName = null;
    });
  }

  getRangeName(): string | null {
    return this.data.rangeName;
  }

  setRangeName(rangeName: string): Protection {
    const range = this.runtime.workbook.namedRange(rangeName);
    if (!range) throw new Error(`Range not found: ${rangeName}`);
    return this.change(() => {
      this.data.rangeName = this.runtime.workbook.existingName(rangeName) ?? rangeName;
      this.data.range = range;
    });
  }

  setNamedRange(namedRange: GoogleAppsScript.Spreadsheet.NamedRange): Protection {
    return this.setRangeName(uncounted(namedRange).getName());
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.data.unprotectedRanges.map((range) => this.runtime.facades.range(range));
  }

  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Protection {
    const refs = ranges.map((range) => ({ ...this.runtime.facades.rangeRef(range, 'ranges') }));
    return this.change(() => {
      if (this.data.kind !== 'SHEET') throw new Error('Only a sheet protection has unprotected ranges.');
      this.data.unprotectedRanges = refs.filter((ref) => ref.sheetId === this.data.range.sheetId);
    });
  }

  remove(): void {
    this.change(() => this.runtime.workbook.removeProtection(this.data.id));
  }
}
