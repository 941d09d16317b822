export function buildText(spec: { unit: string; chars: number }): string;
