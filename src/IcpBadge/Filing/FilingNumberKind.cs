namespace IcpBadge.Filing;

/// <summary>What a filing or licence number is.</summary>
public enum FilingNumberKind
{
    /// <summary>ICP main number (主体备案号), e.g. <c>粤ICP备19015064号</c>.</summary>
    IcpMain,

    /// <summary>ICP website number (网站备案号), e.g. <c>京ICP备12345678号-1</c>.</summary>
    IcpWebsite,

    /// <summary>ICP APP number, e.g. <c>京ICP备04000001号-2A</c>.</summary>
    IcpApp,

    /// <summary>ICP mini-program number (小程序), e.g. <c>京ICP备04000001号-3X</c>.</summary>
    IcpMiniProgram,

    /// <summary>ICP quick-app number (快应用), e.g. <c>京ICP备04000001号-4K</c>.</summary>
    IcpQuickApp,

    /// <summary>ICP operating licence (ICP经营许可证), e.g. <c>京ICP证030173号</c>.</summary>
    IcpLicence,

    /// <summary>Value-added telecom licence (增值电信业务经营许可证), e.g. <c>粤B2-20190762</c>.</summary>
    TelecomLicence,

    /// <summary>Public-security filing number (公安联网备案号), e.g. <c>京公网安备11010502030143号</c>.</summary>
    Police,
}
