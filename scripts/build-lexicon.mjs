#!/usr/bin/env node
// Build step: writes the gazetteer snapshot beside the compiled lexicon (dist/lexicon/gazetteer.snapshot.json).
import { buildGazetteer } from "../dist/lexicon/gazetteer.js";
import { SNAPSHOT_PATH, writeSnapshot } from "../dist/lexicon/snapshot.js";

writeSnapshot(buildGazetteer());
console.log(`lexicon snapshot: ${SNAPSHOT_PATH}`);
