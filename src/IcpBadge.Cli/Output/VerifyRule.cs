namespace IcpBadge.Cli.Output;

/// <summary>One verifier rule of SPEC §6 as SARIF and JUnit describe it.</summary>
/// <param name="Id">The rule id, e.g. <c>ICP006</c>.</param>
/// <param name="Level">The SARIF default level: <c>error</c> for rules that can be errors, else <c>warning</c>.</param>
/// <param name="English">What the rule checks, in English.</param>
/// <param name="Chinese">The same in Chinese.</param>
/// <param name="NeedsConfiguration">Marked * in SPEC §6: skipped without <c>--config</c>.</param>
internal sealed record VerifyRule(string Id, string Level, string English, string Chinese, bool NeedsConfiguration = false);
