// The Email and Password fields of a server-rendered log-in form (the monolith's and the hybrid store's).
export function LoginFields({ email }: { email?: string }) {
  return (
    <>
      <div>
        <label htmlFor="login-email" className="label">
          Email
        </label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={email}
          placeholder="you@example.com"
          className="input"
        />
      </div>
      <div>
        <label htmlFor="login-password" className="label">
          Password
        </label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required className="input" />
      </div>
    </>
  );
}
