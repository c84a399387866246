namespace IcpBadge.Audits.Notifications;

/// <summary>
/// Reads channel addresses and secrets from environment variables, never from the command line (where they would
/// end up in shell history, CI logs and process lists).
/// </summary>
public static class NotificationEndpoints
{
    /// <summary>The WeCom robot's webhook URL (<c>https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…</c>).</summary>
    public const string WeComWebhookVariable = "ICPBADGE_WECOM_WEBHOOK";

    /// <summary>The DingTalk robot's webhook URL (<c>https://oapi.dingtalk.com/robot/send?access_token=…</c>).</summary>
    public const string DingTalkWebhookVariable = "ICPBADGE_DINGTALK_WEBHOOK";

    /// <summary>The DingTalk robot's 加签 secret (<c>SEC…</c>).</summary>
    public const string DingTalkSecretVariable = "ICPBADGE_DINGTALK_SECRET";

    /// <summary>The Feishu robot's webhook URL (<c>https://open.feishu.cn/open-apis/bot/v2/hook/…</c>).</summary>
    public const string FeishuWebhookVariable = "ICPBADGE_FEISHU_WEBHOOK";

    /// <summary>The Feishu robot's signing secret.</summary>
    public const string FeishuSecretVariable = "ICPBADGE_FEISHU_SECRET";

    /// <summary>The generic webhook's URL.</summary>
    public const string WebhookUrlVariable = "ICPBADGE_WEBHOOK_URL";

    /// <summary>The variables a channel needs: its URL, and its secret where the platform signs.</summary>
    public static IReadOnlyList<string> RequiredVariables(NotificationChannel channel) => channel switch
    {
        NotificationChannel.WeCom => [WeComWebhookVariable],
        NotificationChannel.DingTalk => [DingTalkWebhookVariable, DingTalkSecretVariable],
        NotificationChannel.Feishu => [FeishuWebhookVariable, FeishuSecretVariable],
        NotificationChannel.Webhook => [WebhookUrlVariable],
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>
    /// One endpoint per requested channel (each once, in the order given), read through
    /// <paramref name="getVariable"/> (<see cref="Environment.GetEnvironmentVariable(string)"/> by default).
    /// </summary>
    /// <exception cref="AuditInputException">
    /// A variable is missing or empty, or a URL is not absolute http(s); the message names every such variable, so
    /// nothing is sent until all channels are set up.
    /// </exception>
    public static IReadOnlyList<NotificationEndpoint> FromEnvironment(
        IEnumerable<NotificationChannel> channels, Func<string, string?>? getVariable = null)
    {
        ArgumentNullException.ThrowIfNull(channels);
        getVariable ??= Environment.GetEnvironmentVariable;
        var missing = new List<string>();
        var invalid = new List<string>();
        var endpoints = new List<NotificationEndpoint>();
        foreach (var channel in channels.Distinct())
        {
            var variables = RequiredVariables(channel);
            var values = variables.Select(v => getVariable(v)?.Trim()).ToArray();
            var absent = variables.Where((_, i) => string.IsNullOrEmpty(values[i])).ToArray();
            if (absent.Length > 0)
            {
                missing.AddRange(absent);
                continue;
            }

            if (!Uri.TryCreate(values[0], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                invalid.Add(variables[0]);
                continue;
            }

            endpoints.Add(new NotificationEndpoint(channel, url, values.Length > 1 ? values[1] : null));
        }

        if (missing.Count > 0)
        {
            throw new AuditInputException(AuditsText.Format("Notify.MissingVariables", string.Join(", ", missing)));
        }

        if (invalid.Count > 0)
        {
            throw new AuditInputException(AuditsText.Format("Notify.InvalidUrl", string.Join(", ", invalid)));
        }

        return endpoints;
    }
}
