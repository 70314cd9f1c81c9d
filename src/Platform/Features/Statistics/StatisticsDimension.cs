using System.ComponentModel;

namespace KooMessage.Platform.Features.Statistics;

[Description("What statistics rows are split by, besides the time bucket.")]
public enum StatisticsDimension
{
    [Description("The SMS application of the task.")]
    App,

    [Description("The signature of the task.")]
    Signature,

    [Description("The SMS template of the task.")]
    SmsTemplate,

    [Description("The smart template of a smart task.")]
    SmartTemplate,

    [Description("The video template of a video task.")]
    VideoTemplate,

    [Description("The send task.")]
    Task,

    [Description("The channel each recipient was sent by (SMART, PLAIN_SMS, BASIC_EDITION, VIDEO; SKIPPED for numbers never sent).")]
    Channel,

    [Description("The kind of task (SMART, VIDEO).")]
    Kind,

    [Description("The service number each recipient was sent under (null for recipients sent without one or not sent).")]
    ServiceNumber,
}
