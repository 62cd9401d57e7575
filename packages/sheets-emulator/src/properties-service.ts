/**
 * PropertiesService: document properties are shared by everyone, user
 * properties belong to whoever is active when the store is opened, script
 * properties belong to the script. Apps Script's size limits apply
 * (docs/emulator.md, "Property limits"): 9 KB a value and 500 KB a store,
 * keys counted with their values, in UTF-8 bytes; a write that breaks
 * either throws the one message Apps Script is seen to throw for both, and
 * writes nothing.
 */
import { asAppsScript } from './apps-script-types';
import type { EmulatorRuntime } from './runtime';

type Properties = GoogleAppsScript.Properties.Properties;
type PropertiesService = GoogleAppsScript.Properties.PropertiesService;

/** Apps Script's limits (Quotas for Google Services): 9 KB a value, 500 KB a store. */
export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;

/** What Apps Script throws when a value or a store is over its limit (seen on the live service; docs/emulator.md). */
export const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

function bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export class PropertyStore {
  private readonly values = new Map<string, string>();

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  keys(): string[] {
    return [...this.values.keys()];
  }

  entries(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  /** Writes all or nothing, checking Apps Script's limits first. */
  write(changes: Record<string, string>, replaceAll: boolean): void {
    const next = replaceAll ? new Map<string, string>() : new Map(this.values);
    for (const [key, value] of Object.entries(changes)) {
      if (!key) throw new Error('Invalid argument: key');
      // Stricter than measured (a single value larger than 9 KB has been stored): the documented limit.
      if (bytes(value) > MAX_PROPERTY_VALUE_BYTES) throw new Error(PROPERTY_QUOTA_MESSAGE);
      next.set(key, value);
    }
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(value);
    if (total > MAX_PROPERTY_STORE_BYTES) throw new Error(PROPERTY_QUOTA_MESSAGE);
    this.values.clear();
    for (const [key, value] of next) this.values.set(key, value);
  }

  delete(key: string): void {
    this.values.delete(key);
  }

  clear(): void {
    this.values.clear();
  }
}

export class PropertyStores {
  readonly document = new PropertyStore();
  readonly script = new PropertyStore();
  private readonly byUser = new Map<string, PropertyStore>();

  user(email: string): PropertyStore {
    let store = this.byUser.get(email);
    if (!store) {
      store = new PropertyStore();
      this.byUser.set(email, store);
    }
    return store;
  }
}

type PropertiesMethod =
  | 'deleteAllProperties'
  | 'deleteProperty'
  | 'getKeys'
  | 'getProperties'
  | 'getProperty'
  | 'setProperties'
  | 'setProperty';

export class EmulatedProperties implements Pick<Properties, PropertiesMethod> {
  constructor(private readonly store: PropertyStore) {}

  private self(): Properties {
    return asAppsScript<Properties>(this);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key));
  }

  getProperties(): { [key: string]: string } {
    return this.store.entries();
  }

  getKeys(): string[] {
    return this.store.keys();
  }

  /** Apps Script stores the string form of whatever it is given. */
  setProperty(key: string, value: string): Properties {
    this.store.write({ [String(key)]: String(value) }, false);
    return this.self();
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): Properties {
    const values = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, String(value)]));
    this.store.write(values, deleteAllOthers);
    return this.self();
  }

  deleteProperty(key: string): Properties {
    this.store.delete(String(key));
    return this.self();
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this.self();
  }
}

export class EmulatedPropertiesService
  implements Pick<PropertiesService, 'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'>
{
  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly stores: PropertyStores,
  ) {}

  private properties(store: PropertyStore): Properties {
    return asAppsScript<Properties>(this.runtime.expose(new EmulatedProperties(store), 'Properties'));
  }

  getDocumentProperties(): Properties {
    return this.properties(this.stores.document);
  }

  getScriptProperties(): Properties {
    return this.properties(this.stores.script);
  }

  /** The store of the user active now; a store opened earlier keeps pointing at its user, as in Apps Script. */
  getUserProperties(): Properties {
    return this.properties(this.stores.user(this.runtime.users.active));
  }
}
