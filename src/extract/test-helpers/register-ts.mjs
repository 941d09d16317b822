// `node --import ./register-ts.mjs script.mjs`: installs ts-hooks.mjs so the script can import src/**/*.ts.
import { register } from "node:module";

register("./ts-hooks.mjs", import.meta.url);
