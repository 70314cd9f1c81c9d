namespace KooMessage.Platform.Features.ServiceNumbers;

/// <summary>The console's Chinese name of every <see cref="Region"/>; pure.</summary>
public static class RegionNames
{
    private static readonly Dictionary<Region, string> Chinese = new()
    {
        [Region.Nationwide] = "全国",
        [Region.Beijing] = "北京",
        [Region.Tianjin] = "天津",
        [Region.Hebei] = "河北",
        [Region.Shanxi] = "山西",
        [Region.InnerMongolia] = "内蒙古",
        [Region.Liaoning] = "辽宁",
        [Region.Jilin] = "吉林",
        [Region.Heilongjiang] = "黑龙江",
        [Region.Shanghai] = "上海",
        [Region.Jiangsu] = "江苏",
        [Region.Zhejiang] = "浙江",
        [Region.Anhui] = "安徽",
        [Region.Fujian] = "福建",
        [Region.Jiangxi] = "江西",
        [Region.Shandong] = "山东",
        [Region.Henan] = "河南",
        [Region.Hubei] = "湖北",
        [Region.Hunan] = "湖南",
        [Region.Guangdong] = "广东",
        [Region.Guangxi] = "广西",
        [Region.Hainan] = "海南",
        [Region.Chongqing] = "重庆",
        [Region.Sichuan] = "四川",
        [Region.Guizhou] = "贵州",
        [Region.Yunnan] = "云南",
        [Region.Tibet] = "西藏",
        [Region.Shaanxi] = "陕西",
        [Region.Gansu] = "甘肃",
        [Region.Qinghai] = "青海",
        [Region.Ningxia] = "宁夏",
        [Region.Xinjiang] = "新疆",
        [Region.Taiwan] = "台湾",
        [Region.HongKong] = "香港",
        [Region.Macao] = "澳门",
    };

    public static string ChineseOf(Region region) => Chinese[region];
}
