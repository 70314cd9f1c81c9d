namespace KooMessage.Platform.Features.Filings;

/// <summary>The product areas a tenant files for (备案), each gating its features.</summary>
public enum ProductArea
{
    /// <summary>Smart messages (智能信息): SMS apps and send tasks.</summary>
    SmartMessage,

    /// <summary>Service numbers (智能信息服务号).</summary>
    ServiceNumber,

    /// <summary>Basic edition (智能信息基础版, video SMS).</summary>
    BasicEdition,
}
