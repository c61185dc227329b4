/**
 * Cities and provinces that companies put in brackets after their name, as in
 * 罗克韦尔自动化（上海）有限公司 or Acme (Suzhou) Co., Ltd. Written lower case and without
 * spaces, as the name normaliser compares them. Countries are left out on purpose: a
 * national subsidiary is usually a legal entity of its own.
 */
const names = `
  北京 上海 天津 重庆 广州 深圳 苏州 杭州 南京 武汉 成都 西安 青岛 大连 宁波
  厦门 无锡 长沙 郑州 济南 沈阳 合肥 福州 东莞 佛山 昆明 哈尔滨 长春 石家庄
  太原 南昌 南宁 贵阳 兰州 海口 乌鲁木齐 呼和浩特 银川 西宁 拉萨 珠海 中山
  常州 南通 温州 绍兴 嘉兴 烟台 潍坊 唐山 徐州 昆山 惠州 泉州 香港 澳门 台北
  江苏 浙江 广东 山东 河南 河北 湖北 湖南 四川 福建 安徽 辽宁 吉林 黑龙江
  陕西 山西 江西 云南 贵州 广西 海南 甘肃 内蒙古 新疆 宁夏 青海 西藏
  beijing shanghai tianjin chongqing guangzhou shenzhen suzhou hangzhou nanjing
  wuhan chengdu xian qingdao dalian ningbo xiamen wuxi changsha zhengzhou jinan
  shenyang hefei fuzhou dongguan foshan kunming harbin changchun zhuhai changzhou
  kunshan hongkong macau macao taipei jiangsu zhejiang guangdong shandong henan
  hebei hubei hunan sichuan fujian anhui liaoning jilin shaanxi shanxi jiangxi
  yunnan guizhou hainan
  singapore tokyo osaka seoul bangkok jakarta kualalumpur sydney melbourne mumbai
  delhi bangalore dubai london paris berlin munich frankfurt hamburg amsterdam
  zurich milan madrid newyork chicago boston seattle sanfrancisco losangeles
  toronto vancouver
`;

export const places: ReadonlySet<string> = new Set(names.split(/\s+/).filter((n) => n !== ''));
