namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>
/// Where a binding applies: nationwide (全国) or one of the 34 provincial-level divisions. The
/// Chinese names are in <see cref="RegionNames"/>.
/// </summary>
public enum Region
{
    Nationwide,
    Beijing,
    Tianjin,
    Hebei,
    Shanxi,
    InnerMongolia,
    Liaoning,
    Jilin,
    Heilongjiang,
    Shanghai,
    Jiangsu,
    Zhejiang,
    Anhui,
    Fujian,
    Jiangxi,
    Shandong,
    Henan,
    Hubei,
    Hunan,
    Guangdong,
    Guangxi,
    Hainan,
    Chongqing,
    Sichuan,
    Guizhou,
    Yunnan,
    Tibet,
    Shaanxi,
    Gansu,
    Qinghai,
    Ningxia,
    Xinjiang,
    Taiwan,
    HongKong,
    Macao,
}
