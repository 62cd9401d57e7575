/**
 * An id for a channel the user adds. Ids only have to be unique within the
 * template and match the schema (`[a-z0-9-]`); they never change on rename,
 * so a renamed channel keeps its rows on the KPI tab.
 */
export function newChannelId(existingIds: Iterable<string>): string {
  const taken = new Set(existingIds);
  for (let number = 1; ; number += 1) {
    const id = `channel-${number}`;
    if (!taken.has(id)) return id;
  }
}
