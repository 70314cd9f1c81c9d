using System.ComponentModel;

namespace KooMessage.Platform.Features.Filings;

[Description("Product area of a filing: SMART_MESSAGE 智能信息, SERVICE_NUMBER 服务号, BASIC_EDITION 智能信息基础版.")]
public enum ProductArea
{
    [Description("Smart messages (智能信息): SMS apps and send tasks.")]
    SmartMessage,

    [Description("Service numbers (智能信息服务号).")]
    ServiceNumber,

    [Description("Basic edition (智能信息基础版): video SMS.")]
    BasicEdition,
}
