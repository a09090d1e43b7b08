// A oneOf/anyOf whose branches include two or more object schemas is a tagged union:
// each object branch must have a required property whose schema is a `const`.
module.exports = function unionVariantsHaveConstTag(target, _options, context) {
  const results = [];
  for (const keyword of ['oneOf', 'anyOf']) {
    const branches = target[keyword];
    if (!Array.isArray(branches)) continue;
    const objects = branches
      .map((branch, index) => ({branch, index}))
      .filter(({branch}) => branch && (branch.type === 'object' || branch.properties));
    if (objects.length < 2) continue;
    for (const {branch, index} of objects) {
      const required = Array.isArray(branch.required) ? branch.required : [];
      const props = branch.properties || {};
      const tagged = required.some((name) => props[name] && props[name].const !== undefined);
      if (!tagged) {
        results.push({
          message: `${keyword} branch ${index} has no required property with a \`const\` tag`,
          path: [...context.path, keyword, index],
        });
      }
    }
  }
  return results;
};
