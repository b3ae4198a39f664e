// jStat ships no type declarations; these are the few functions Amplio calls. Its CommonJS export is jStat itself.
declare module "jstat" {
  interface Distribution {
    inv(p: number, a: number, b: number): number;
    cdf(x: number, a: number, b: number): number;
  }
  const jStat: { beta: Distribution; gamma: Distribution };
  export default jStat;
}
