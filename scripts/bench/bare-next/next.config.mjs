// The bare page as Next builds it by default (no header hiding beyond the app's own).
const config = { poweredByHeader: false };
export default config;
