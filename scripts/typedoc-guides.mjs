/**
 * TypeDoc plugin: the guides (`projectDocuments` of typedoc.json) appear under the category
 * "Guides" with the title of their first heading ("The case: one object through every rule", not
 * "case"), without front matter in the guides themselves, which GitHub would show as a table. It
 * also warns (an error under `treatWarningsAsErrors`) about an export that has no `@category`,
 * which would otherwise fall silently into the default category.
 */

import { Converter, ReflectionKind } from "typedoc";

/** The text of the first `# heading` of a document, code spans unquoted; undefined when it has none. */
function firstHeading(document) {
  const text = document.content
    .map((part) => part.text)
    .join("")
    .replace(/`/g, "");
  return /^#[ \t]+(.+?)[ \t]*$/m.exec(text)?.[1];
}

/** True when the reflection's comment, or one of its signatures' comments, has a `@category` tag. */
function hasCategory(reflection) {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
  return comments.some((comment) => comment?.getTag("@category") !== undefined);
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    if (!("category" in document.frontmatter)) document.frontmatter.category = "Guides";
    const title = firstHeading(document);
    if (title !== undefined) document.name = title;
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const child of context.project.children ?? []) {
      if (child.kindOf(ReflectionKind.Document) || hasCategory(child)) continue;
      app.logger.warn(
        `${child.name} has no @category: add one to its doc comment (the categories are listed in typedoc.json's categoryOrder)`,
      );
    }
  });
}
