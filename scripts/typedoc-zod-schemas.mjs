/**
 * TypeDoc plugin: shows an exported zod schema as its zod class (`ZodMiniObject`) instead of zod's
 * inferred type, whose anonymous members (`plan: ZodMiniEnum<{ expert: "expert"; ... }>`) are zod
 * internals that nobody can document. The schema's own comment links to the input interface,
 * which documents every field; the members are removed before validation, so `notDocumented`
 * still applies to every interface property of the library.
 */

import { Converter, ReferenceType, ReflectionKind } from "typedoc";

/** True for an exported variable whose type is a zod class with type arguments. */
function isZodSchema(reflection) {
  const type = reflection.type;
  return (
    reflection.kindOf(ReflectionKind.Variable) &&
    type instanceof ReferenceType &&
    type.package === "zod" &&
    (type.typeArguments?.length ?? 0) > 0
  );
}

/** True when `reflection` is nested (at any depth) under `ancestor`. */
function isUnder(reflection, ancestor) {
  for (let parent = reflection.parent; parent; parent = parent.parent) {
    if (parent === ancestor) return true;
  }
  return false;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const schemas = Object.values(project.reflections).filter(isZodSchema);
    for (const schema of schemas) {
      schema.type.typeArguments = undefined;
      for (const reflection of Object.values(project.reflections)) {
        if (isUnder(reflection, schema)) project.removeReflection(reflection);
      }
    }
  });
}
