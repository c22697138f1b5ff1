/** `nullish(schema)`: an optional field in which `null` means absent. */

import * as z from "zod/mini";

/**
 * The schema {@link nullish} makes of `S`. Its output is typed as `S`'s: an optional key whose
 * value is `undefined` is absent to every reader of the parsed input (`!== undefined`, `??`),
 * which is how the library reads optional fields.
 */
export type Nullish<S extends z.core.SomeType> = z.ZodMiniOptional<
  z.ZodMiniPipe<z.ZodMiniNullable<S>, z.ZodMiniTransform<z.output<S>, z.output<S> | null>>
>;

/**
 * An optional field in which `null` means absent: the schema accepts `undefined` and `null` (so
 * does the JSON Schema made from it) and gives `undefined` for both.
 */
export function nullish<S extends z.core.SomeType>(schema: S): Nullish<S> {
  return z.optional(
    z.pipe(
      z.nullable(schema),
      z.transform(
        (value: z.output<S> | null) => (value === null ? undefined : value) as z.output<S>,
      ),
    ),
  );
}
