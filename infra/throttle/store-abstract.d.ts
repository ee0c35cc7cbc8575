// rate-limiter-flexible's store base class (throttle.ts): typed in the package as an export of its index, which
// does not export it at run time; throttle.ts takes it from its own file and gives it the package's type.
declare module "rate-limiter-flexible/lib/RateLimiterStoreAbstract.js" {
  const StoreAbstract: unknown;
  export default StoreAbstract;
}
