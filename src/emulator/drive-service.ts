/**
 * The Drive advanced service (v3), as far as the add-on uses it: making a
 * user a writer of this spreadsheet with `Permissions.create`, with or
 * without Google's notification email. Anything else Drive offers is absent.
 */
import { asAppsScript } from './apps-script-types';
import type { EmulatorRuntime } from './runtime';

type PermissionsCollection = GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;
type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;

/** A plausible address: Drive refuses anything else with a 400. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class EmulatedDrivePermissions implements Pick<PermissionsCollection, 'create'> {
  constructor(private readonly runtime: EmulatorRuntime) {}

  // `any`: the advanced service takes its optional arguments as a loose record, as @types declares it.
  create(resource: Permission, fileId: string, optionalArgs: Record<string, any> = {}): Permission {
    if (fileId !== this.runtime.workbook.id) throw new Error(`API call to drive.permissions.create failed with error: File not found: ${fileId}.`);
    if (resource.type !== 'user' || resource.role !== 'writer') {
      throw new Error('The emulator grants only { type: "user", role: "writer" } permissions.');
    }
    const email = String(resource.emailAddress ?? '').trim();
    if (!EMAIL.test(email)) throw new Error(`API call to drive.permissions.create failed with error: Invalid sharing request: ${email}`);
    const notify = optionalArgs['sendNotificationEmail'] !== false;
    const wasEditor = this.runtime.users.isEditor(email);
    this.runtime.users.addEditor(email);
    if (notify && !wasEditor) this.runtime.sharingEmails.push({ email, via: 'drive' });
    return { kind: 'drive#permission', id: `permission-${email}`, type: 'user', role: 'writer', emailAddress: email };
  }
}

export class EmulatedDrive {
  readonly Permissions: PermissionsCollection;

  constructor(runtime: EmulatorRuntime) {
    this.Permissions = asAppsScript<PermissionsCollection>(runtime.expose(new EmulatedDrivePermissions(runtime), 'Drive.Permissions'));
  }
}
