// Warnings are grouped by kind with a count and a few examples, so a file with 3,000 unanchored
// locutions gives one line ("3000 locutions could not be anchored: …"), not 3,000.
const EXAMPLES = 3;

interface Group {
  describe: (count: number) => string;
  count: number;
  examples: string[];
}

export class Warnings {
  private readonly groups = new Map<string, Group>();

  /** Counts one occurrence of `key`; `describe` words the total, `example` names this one. */
  note(key: string, describe: (count: number) => string, example?: string): void {
    let group = this.groups.get(key);
    if (!group) {
      group = { describe, count: 0, examples: [] };
      this.groups.set(key, group);
    }
    group.count++;
    if (example !== undefined && group.examples.length < EXAMPLES) group.examples.push(example);
  }

  list(): string[] {
    return [...this.groups.values()].map(({ describe, count, examples }) => {
      if (examples.length === 0) return `${describe(count)}.`;
      const more = count > examples.length ? ', …' : '';
      return `${describe(count)}: ${examples.join(', ')}${more}.`;
    });
  }
}

/** "1 claim" / "3 claims". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
