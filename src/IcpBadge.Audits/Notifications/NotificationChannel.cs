namespace IcpBadge.Audits.Notifications;

/// <summary>Where <c>icp-badge notify</c> sends: a chat robot of one of the platforms Chinese teams use, or a plain webhook.</summary>
public enum NotificationChannel
{
    /// <summary>A WeCom (企业微信) group robot: <c>markdown</c> messages of at most 4,096 bytes.</summary>
    WeCom,

    /// <summary>A DingTalk (钉钉) group robot with 加签: <c>markdown</c> messages of at most 20,000 bytes, 20 a minute.</summary>
    DingTalk,

    /// <summary>A Feishu (飞书) group robot with 签名校验: <c>interactive</c> cards, request bodies of at most 20 KB.</summary>
    Feishu,

    /// <summary>Any HTTP endpoint that takes <c>{ "runId", "changes": [ … ] }</c> as JSON.</summary>
    Webhook,
}
