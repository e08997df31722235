// check-ftm.js reads FollowTheMoney files (JSON lines) with the real
// @alephdata/followthemoney library and refuses what it or the model would
// refuse: an unknown schema or property (model.getEntity throws), an
// abstract schema, an entity without a property its schema requires, a date that is not an ISO 8601 prefix, a country code
// the model does not know, a value longer than its property allows, and an
// entity reference to an id that is not in the file or whose schema is not
// the property's range. It prints one line per file with the counts by
// schema and exits 1 if any entity was refused.
//
//   node check-ftm.js FILE.ftm.json...
'use strict';
const fs = require('fs');
const { Model, defaultModel } = require('@alephdata/followthemoney');

const model = new Model(defaultModel);
const countries = new Set(Object.keys(defaultModel.types.country.values));
const datePattern = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;

function checkFile(path) {
  const lines = fs.readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const entities = [];
  const problems = [];
  lines.forEach((line, i) => {
    try {
      const raw = JSON.parse(line);
      const e = model.getEntity(raw);
      if (e.schema.abstract) throw new Error('abstract schema ' + e.schema.name);
      for (const req of e.schema.required) {
        if (e.getProperty(req).length === 0) throw new Error(`${e.schema.name} without its required ${req}`);
      }
      entities.push({ line: i + 1, raw, e });
    } catch (err) {
      problems.push(`${path}:${i + 1}: refused: ${err.message}`);
    }
  });
  const byID = new Map(entities.map((x) => [x.raw.id, x.e]));
  const counts = {};
  for (const { line, e } of entities) {
    counts[e.schema.name] = (counts[e.schema.name] || 0) + 1;
    for (const prop of e.getProperties()) {
      for (const v of e.getProperty(prop)) {
        const value = typeof v === 'string' ? v : v.id;
        const where = `${path}:${line}: ${e.schema.name}.${prop.name}`;
        if (prop.maxLength && value.length > prop.maxLength) problems.push(`${where}: longer than ${prop.maxLength}`);
        switch (prop.type.name) {
          case 'date':
            if (!datePattern.test(value)) problems.push(`${where}: not an FtM date: ${value}`);
            break;
          case 'country':
            if (!countries.has(value)) problems.push(`${where}: not an FtM country: ${value}`);
            break;
          case 'entity': {
            const target = byID.get(value);
            if (!target) problems.push(`${where}: refers to ${value}, which is not in the file`);
            else if (prop.hasRange && !target.schema.isA(prop.getRange())) problems.push(`${where}: ${target.schema.name} is not a ${prop.getRange().name}`);
            break;
          }
        }
      }
    }
  }
  const summary = Object.keys(counts).sort().map((k) => `${counts[k]} ${k}`).join(', ');
  console.log(`${path}: ${entities.length} of ${lines.length} entities read (${summary}); ${problems.length} problems`);
  for (const p of problems) console.log('  ' + p);
  return problems.length === 0 && lines.length > 0;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check-ftm.js FILE.ftm.json...');
  process.exit(2);
}
let ok = true;
for (const f of files) ok = checkFile(f) && ok;
process.exit(ok ? 0 : 1);
