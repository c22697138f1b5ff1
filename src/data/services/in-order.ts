/** The tuple type that ties a catalog list to its id list, entry for entry and in order. */

/**
 * A tuple with one `T` per id of `Ids`, in the same order, each carrying its id: a list that
 * misses, adds or reorders an entry fails to compile.
 */
export type InOrder<Ids extends readonly string[], T> = {
  readonly [I in keyof Ids]: T & {
    /** The entry's id, at the same position as in the id list. */
    readonly id: Ids[I];
  };
};
