using System.ComponentModel;

namespace KooMessage.Platform.Features.ServiceNumbers;

/// <remarks>Value descriptions are the console's Chinese names; <see cref="RegionNames"/> reads them for messages.</remarks>
[Description("Where a binding applies (区域): NATIONWIDE 全国, or one of the 34 provincial-level divisions.")]
public enum Region
{
    [Description("全国")]
    Nationwide,

    [Description("北京")]
    Beijing,

    [Description("天津")]
    Tianjin,

    [Description("河北")]
    Hebei,

    [Description("山西")]
    Shanxi,

    [Description("内蒙古")]
    InnerMongolia,

    [Description("辽宁")]
    Liaoning,

    [Description("吉林")]
    Jilin,

    [Description("黑龙江")]
    Heilongjiang,

    [Description("上海")]
    Shanghai,

    [Description("江苏")]
    Jiangsu,

    [Description("浙江")]
    Zhejiang,

    [Description("安徽")]
    Anhui,

    [Description("福建")]
    Fujian,

    [Description("江西")]
    Jiangxi,

    [Description("山东")]
    Shandong,

    [Description("河南")]
    Henan,

    [Description("湖北")]
    Hubei,

    [Description("湖南")]
    Hunan,

    [Description("广东")]
    Guangdong,

    [Description("广西")]
    Guangxi,

    [Description("海南")]
    Hainan,

    [Description("重庆")]
    Chongqing,

    [Description("四川")]
    Sichuan,

    [Description("贵州")]
    Guizhou,

    [Description("云南")]
    Yunnan,

    [Description("西藏")]
    Tibet,

    [Description("陕西")]
    Shaanxi,

    [Description("甘肃")]
    Gansu,

    [Description("青海")]
    Qinghai,

    [Description("宁夏")]
    Ningxia,

    [Description("新疆")]
    Xinjiang,

    [Description("台湾")]
    Taiwan,

    [Description("香港")]
    HongKong,

    [Description("澳门")]
    Macao,
}
