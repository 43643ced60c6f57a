/**
 * Official names in zh: record types (by schema) and subject-matter terms (by identifier), from the same sources
 * as record-types.ts and keyword-terms.ts. Loaded with the zh interface strings, not before (see official-names.ts).
 */
import type { OfficialNames } from '../official-names.js';

export const officialNames: OfficialNames = {
  recordTypes: {
    focalPoint: "获取和惠益分享国家联络点",
    authority: "国家主管部门",
    measure: "立法、行政或政策措施",
    absProcedure: "获取和惠益分享程序",
    absNationalModelContractualClause: "国家合同条款范文",
    absPermit: "国际公认合规证书",
    database: "国家网站或数据库",
    absCheckpoint: "检查点",
    absCheckpointCommunique: "检查站公报",
    absNationalReport: "《名古屋议定书》执行情况临时国家报告",
    resource: "虚拟图书馆资源",
    organization: "机构",
    capacityBuildingInitiative: "能力发展倡议",
    modelContractualClause: "示范合同条款、行为准则、指导方针和最佳做法和/或标准",
    communityProtocol: "社区协议和程序法及习惯法",
    contact: "联系方式",
  },
  keywordTerms: {
    "4E2974DF-216E-46C8-8797-8E3A33D6A048": "各类遗传资源",
    "357DBB22-6A6C-4C49-BA1F-037320B09247": "植物",
    "9C146B09-097E-4CFF-B9CC-D4785496952F": "动物",
    "33A6BF46-3699-4B5E-A3C0-506FAFDA2D76": "微生物",
    "http://data.gbif.org/species/13140807": "真菌",
    "F9EF6CC8-3709-43D5-839C-1A93A23DE51B": "驯化物种和/或栽培物种",
    "2D2CAF72-A892-42CE-87F7-975EFBADAF4F": "野生物种",
    "A862ABFC-B97D-4E6A-9A70-812A82A7CC19": "获取遗传资源的所有地区",
    "35E029ED-D92F-41C8-9CDC-52F3F35D7E36": "农业区",
    "D570A745-D8C3-4698-BB77-0A90C140F3F2": "森林",
    "47DD3FF6-D369-4E64-B0BC-5DADF3B70C95": "内陆水域",
    "29C670AB-C198-484F-A2ED-9BAB1DAC7431": "干旱和半湿润地区",
    "507D46E0-DC49-47F0-B273-26ECD9CC8948": "海洋和沿海地区",
    "EAE641FD-6A82-4C15-84CD-0F12ABA5CBC1": "山区",
    "DFEECF62-EC3D-4F5C-BAC6-2FD308F81277": "保护区",
    "9EC60226-A7E4-441E-AC7D-2580F111EC3B": "岛屿",
    "2C87B4AD-684C-48DC-91B7-82938CE37B5A": "迁地",
    "CB918E1A-E171-4C10-BA35-088C81F668A3": "土样和/或水样",
    "B8A150E054154AD3AD97856ABD485E90": "遗传资源相关传统知识",
  },
  ours: {
    recordTypes: {
      // Missing from the official data: built from the portal's "第一次国家报告" (scbd/absch.cbd.int i18n/zh/app/app-text/components/abs-kb-categories.json, nr1) in the form of the official absNationalReport title.
      absNationalReport1: "《名古屋议定书》执行情况第一次国家报告",
      // the Protocol (Art. 17.2) says 国际公认的遵守证书; the official title says 国际公认合规证书.
      absPermit: "国际公认的遵守证书",
      // the official title says 检查站公报 while its own "Checkpoint" is 检查点, as in the Protocol (Art. 17.1(a)).
      absCheckpointCommunique: "检查点公报",
      // the Protocol (Art. 13) says 国家主管当局; the official title says 国家主管部门.
      authority: "国家主管当局",
    },
  },
};
