// Builds the same large text in the test and in its child process: `unit` repeated until the text is at least `chars` long.
export function buildText({ unit, chars }) {
  return unit.repeat(Math.ceil(chars / unit.length));
}
