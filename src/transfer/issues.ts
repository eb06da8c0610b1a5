/**
 * Why one item of an import file was refused, in the reader's words: which item (counted from 1, as a
 * person counts), which field, and what is wrong with it.
 */
import type * as z from 'zod/mini';

/** One refused item. `field` is a dotted path inside the item, or '' for the item as a whole. */
export interface ItemProblem {
  item: number;
  field: string;
  reason: string;
}

/** The first zod issue of a failed item, as an `ItemProblem`. */
export function problemFromZod(item: number, error: z.core.$ZodError): ItemProblem {
  const issue = error.issues[0];
  if (!issue) return { item, field: '', reason: 'is not valid' };
  return { item, field: issue.path.map(String).join('.'), reason: describeIssue(issue) };
}

/** One zod issue in plain words ("missing", "too long (at most 1,000 characters)", ...). */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? 'missing' : `should be ${article(issue.expected)}`;
    case 'too_big':
      if (issue.origin === 'string') return `too long (at most ${count(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `too many (at most ${count(issue.maximum)})`;
      return `too large (at most ${count(issue.maximum)})`;
    case 'too_small':
      if (issue.origin === 'string') return 'empty';
      if (issue.origin === 'array') return `too few (at least ${count(issue.minimum)})`;
      return `too small (at least ${count(issue.minimum)})`;
    case 'invalid_value':
      return `should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    default:
      return issue.message;
  }
}

function count(n: number | bigint): string {
  return Number(n).toLocaleString('en-US');
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
