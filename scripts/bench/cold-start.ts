/**
 * The background's cold start, measured in Node: a woken worker reads the index snapshot from
 * IndexedDB (a structured clone; v8's serializer is the same algorithm) and restores the index from it.
 */
export function coldStart(..._args: unknown[]): void {}
