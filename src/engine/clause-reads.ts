/**
 * A figure's `context` and `negated` (what its own clause says: see `facts`) read when first asked for.
 * Most figures of a page are never paired with a stored figure, and only a pair reads them, so reading
 * every clause up front (its terms, its negation) was mostly wasted. The values are the same either way:
 * the fields stay enumerable, in their places among a quantity's fields, so copies and JSON are as before.
 */

/** What a clause says; its getters are asked at most once per figure. */
export interface ClauseReader {
  readonly context: string[];
  readonly negated: boolean;
}

interface Lazy {
  read: ClauseReader | null;
  context: string[] | undefined;
  negated: boolean | undefined;
}

// Per quantity, so the accessors can be shared: shared accessors keep every quantity on one fast object shape.
const LAZY = new WeakMap<object, Lazy>();

function lazy(q: object): Lazy {
  let l = LAZY.get(q);
  if (!l) LAZY.set(q, (l = { read: null, context: undefined, negated: undefined }));
  return l;
}

const CONTEXT: PropertyDescriptor = {
  get(this: object): string[] {
    const l = lazy(this);
    return (l.context ??= l.read ? [...l.read.context] : []);
  },
  set(this: object, v: string[]): void {
    lazy(this).context = v;
  },
  enumerable: true,
  configurable: true,
};

const NEGATED: PropertyDescriptor = {
  get(this: object): boolean {
    const l = lazy(this);
    return (l.negated ??= l.read ? l.read.negated : false);
  },
  set(this: object, v: boolean): void {
    lazy(this).negated = v;
  },
  enumerable: true,
  configurable: true,
};

/** Adds `context` (empty) and `negated` (false) to a quantity being built, as fields read on demand. */
export function addClauseFields(q: object): void {
  LAZY.set(q, { read: null, context: undefined, negated: undefined });
  Object.defineProperty(q, 'context', CONTEXT);
  Object.defineProperty(q, 'negated', NEGATED);
}

/**
 * Sets `q.context` to its own copy of `read.context` and `q.negated` to `read.negated`: read when first asked
 * for if `q` was built with `addClauseFields`, else now.
 */
export function attachClause(q: { context: string[]; negated: boolean }, read: ClauseReader): void {
  const l = LAZY.get(q);
  if (!l) {
    q.context = [...read.context];
    q.negated = read.negated;
    return;
  }
  l.read = read;
  l.context = undefined;
  l.negated = undefined;
}
