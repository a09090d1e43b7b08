// Response schemas must tolerate new data from the vendor: no `additionalProperties: false`
// anywhere, and every `enum` sits in an anyOf next to a plain string branch (an open enum).
function isPlainOpenBranch(schema) {
  return schema && schema.enum === undefined && schema.const === undefined &&
    (schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string')));
}

module.exports = function openResponseSchema(target, _options, context) {
  const results = [];
  const seen = new Set();
  function walk(schema, path, enumAllowed) {
    if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
    seen.add(schema);
    if (schema.additionalProperties === false) {
      results.push({message: 'response schema sets additionalProperties: false (unknown fields would be dropped)',
                    path: [...path, 'additionalProperties']});
    }
    if (Array.isArray(schema.enum) && !enumAllowed) {
      results.push({message: 'closed enum in a response schema; use anyOf: [{$ref: Enum}, {type: string}]',
                    path: [...path, 'enum']});
    }
    for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
      if (!Array.isArray(schema[keyword])) continue;
      const open = keyword === 'anyOf' && schema[keyword].some(isPlainOpenBranch);
      schema[keyword].forEach((branch, i) => walk(branch, [...path, keyword, i], open));
    }
    for (const [name, prop] of Object.entries(schema.properties || {})) {
      walk(prop, [...path, 'properties', name], false);
    }
    if (schema.items) walk(schema.items, [...path, 'items'], false);
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      walk(schema.additionalProperties, [...path, 'additionalProperties'], false);
    }
  }
  walk(target, context.path, false);
  return results;
};
