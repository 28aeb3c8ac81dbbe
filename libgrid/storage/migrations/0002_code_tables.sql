-- SPDX-License-Identifier: GPL-2.0-or-later
-- Version 2: code tables (DOMAIN.md §5) seeded as data. Localities may add rows; code is never renumbered.
-- Sources are named per domain; see DOMAIN.md §13.

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('relation', '与户主关系', 'Relationship to household head', 'GB/T 4761-2008');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('relation', '01', '本人', 'Self', NULL, 1),
  ('relation', '02', '户主', 'Head of household', NULL, 2),
  ('relation', '10', '配偶', 'Spouse', NULL, 3),
  ('relation', '11', '夫', 'Husband', NULL, 4),
  ('relation', '12', '妻', 'Wife', NULL, 5),
  ('relation', '20', '子', 'Son', NULL, 6),
  ('relation', '21', '独生子', 'Only son', NULL, 7),
  ('relation', '22', '长子', 'Eldest son', NULL, 8),
  ('relation', '23', '次子', 'Second son', NULL, 9),
  ('relation', '24', '三子', 'Third son', NULL, 10),
  ('relation', '25', '四子', 'Fourth son', NULL, 11),
  ('relation', '26', '五子', 'Fifth son', NULL, 12),
  ('relation', '27', '养子或继子', 'Adopted son or stepson', NULL, 13),
  ('relation', '28', '女婿', 'Son-in-law', NULL, 14),
  ('relation', '29', '其他儿子', 'Other son', NULL, 15),
  ('relation', '30', '女', 'Daughter', NULL, 16),
  ('relation', '31', '独生女', 'Only daughter', NULL, 17),
  ('relation', '32', '长女', 'Eldest daughter', NULL, 18),
  ('relation', '33', '二女', 'Second daughter', NULL, 19),
  ('relation', '34', '三女', 'Third daughter', NULL, 20),
  ('relation', '35', '四女', 'Fourth daughter', NULL, 21),
  ('relation', '36', '五女', 'Fifth daughter', NULL, 22),
  ('relation', '37', '养女或继女', 'Adopted daughter or stepdaughter', NULL, 23),
  ('relation', '38', '儿媳', 'Daughter-in-law', NULL, 24),
  ('relation', '39', '其他女儿', 'Other daughter', NULL, 25),
  ('relation', '40', '孙子、孙女或外孙子、外孙女', 'Grandchild', NULL, 26),
  ('relation', '41', '孙子', 'Grandson', NULL, 27),
  ('relation', '42', '孙女', 'Granddaughter', NULL, 28),
  ('relation', '43', '外孙子', 'Grandson (daughter''s)', NULL, 29),
  ('relation', '44', '外孙女', 'Granddaughter (daughter''s)', NULL, 30),
  ('relation', '45', '孙媳妇或外孙媳妇', 'Grandson''s wife', NULL, 31),
  ('relation', '46', '孙女婿或外孙女婿', 'Granddaughter''s husband', NULL, 32),
  ('relation', '47', '曾孙子或外曾孙子', 'Great-grandson', NULL, 33),
  ('relation', '48', '曾孙女或外曾孙女', 'Great-granddaughter', NULL, 34),
  ('relation', '49', '其他孙子、孙女', 'Other grandchild', NULL, 35),
  ('relation', '50', '父母', 'Parent', NULL, 36),
  ('relation', '51', '父亲', 'Father', NULL, 37),
  ('relation', '52', '母亲', 'Mother', NULL, 38),
  ('relation', '53', '公公', 'Father-in-law (husband''s)', NULL, 39),
  ('relation', '54', '婆婆', 'Mother-in-law (husband''s)', NULL, 40),
  ('relation', '55', '岳父', 'Father-in-law (wife''s)', NULL, 41),
  ('relation', '56', '岳母', 'Mother-in-law (wife''s)', NULL, 42),
  ('relation', '57', '继父或养父', 'Stepfather', NULL, 43),
  ('relation', '58', '继母或养母', 'Stepmother', NULL, 44),
  ('relation', '59', '其他父母关系', 'Other parent', NULL, 45),
  ('relation', '60', '祖父母或外祖父母', 'Grandparent', NULL, 46),
  ('relation', '61', '祖父', 'Grandfather', NULL, 47),
  ('relation', '62', '祖母', 'Grandmother', NULL, 48),
  ('relation', '63', '外祖父', 'Grandfather (mother''s)', NULL, 49),
  ('relation', '64', '外祖母', 'Grandmother (mother''s)', NULL, 50),
  ('relation', '70', '兄弟姐妹', 'Sibling', NULL, 51),
  ('relation', '71', '兄', 'Elder brother', NULL, 52),
  ('relation', '72', '嫂', 'Elder brother''s wife', NULL, 53),
  ('relation', '73', '弟', 'Younger brother', NULL, 54),
  ('relation', '74', '弟媳', 'Younger brother''s wife', NULL, 55),
  ('relation', '75', '姐姐', 'Elder sister', NULL, 56),
  ('relation', '76', '姐夫', 'Elder sister''s husband', NULL, 57),
  ('relation', '77', '妹妹', 'Younger sister', NULL, 58),
  ('relation', '78', '妹夫', 'Younger sister''s husband', NULL, 59),
  ('relation', '79', '其他兄弟姐妹', 'Other sibling', NULL, 60),
  ('relation', '80', '其他', 'Other', NULL, 61),
  ('relation', '81', '伯父', 'Uncle (father''s elder brother)', NULL, 62),
  ('relation', '82', '伯母', 'Aunt', NULL, 63),
  ('relation', '83', '叔父', 'Uncle (father''s younger brother)', NULL, 64),
  ('relation', '84', '婶母', 'Aunt', NULL, 65),
  ('relation', '85', '舅父', 'Uncle (mother''s brother)', NULL, 66),
  ('relation', '86', '舅母', 'Aunt', NULL, 67),
  ('relation', '87', '姨父', 'Uncle', NULL, 68),
  ('relation', '88', '姨母', 'Aunt (mother''s sister)', NULL, 69),
  ('relation', '89', '姑父', 'Uncle', NULL, 70),
  ('relation', '90', '姑母', 'Aunt (father''s sister)', NULL, 71),
  ('relation', '91', '堂兄弟、堂姐妹', 'Cousin (paternal)', NULL, 72),
  ('relation', '92', '表兄弟、表姐妹', 'Cousin', NULL, 73),
  ('relation', '93', '侄子', 'Nephew', NULL, 74),
  ('relation', '94', '侄女', 'Niece', NULL, 75),
  ('relation', '95', '外甥', 'Nephew (sister''s)', NULL, 76),
  ('relation', '96', '外甥女', 'Niece (sister''s)', NULL, 77),
  ('relation', '97', '其他亲属', 'Other relative', NULL, 78),
  ('relation', '99', '非亲属', 'Not related', NULL, 79);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('political', '政治面貌', 'Political status', 'GB/T 4762');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('political', '01', '中国共产党党员', 'CPC member', NULL, 1),
  ('political', '02', '中国共产党预备党员', 'CPC probationary member', NULL, 2),
  ('political', '03', '中国共产主义青年团团员', 'CYL member', NULL, 3),
  ('political', '04', '中国国民党革命委员会会员', 'RCCK member', NULL, 4),
  ('political', '05', '中国民主同盟盟员', 'CDL member', NULL, 5),
  ('political', '06', '中国民主建国会会员', 'CNDCA member', NULL, 6),
  ('political', '07', '中国民主促进会会员', 'CAPD member', NULL, 7),
  ('political', '08', '中国农工民主党党员', 'CPWDP member', NULL, 8),
  ('political', '09', '中国致公党党员', 'CZGP member', NULL, 9),
  ('political', '10', '九三学社社员', 'Jiusan Society member', NULL, 10),
  ('political', '11', '台湾民主自治同盟盟员', 'TDSGL member', NULL, 11),
  ('political', '12', '无党派民主人士', 'Non-party personage', NULL, 12),
  ('political', '13', '群众', 'Ordinary citizen', NULL, 13);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('population_type', '人口类型', 'Population type', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('population_type', 'registered', '户籍人口', 'Registered resident', NULL, 1),
  ('population_type', 'floating', '流动人口', 'Floating population', NULL, 2),
  ('population_type', 'unsettled', '未落户人口', 'Unsettled', NULL, 3),
  ('population_type', 'overseas', '境外人员', 'Overseas person', NULL, 4);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('household_type', '户类型', 'Household type', 'DOMAIN.md §4.5 [INF]');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('household_type', 'registered', '户籍户', 'Registered household', NULL, 1),
  ('household_type', 'floating', '流动户', 'Migrant household', NULL, 2),
  ('household_type', 'rental', '出租户', 'Renter household', NULL, 3),
  ('household_type', 'collective', '集体户', 'Collective household', NULL, 4),
  ('household_type', 'registered_absent', '空挂户', 'Registered but absent', NULL, 5),
  ('household_type', 'vacant', '空置', 'Vacant', NULL, 6);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('hukou_category', '户口类别', 'Hukou category', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('hukou_category', '01', '未落实常住户口', 'No permanent hukou', NULL, 1),
  ('hukou_category', '02', '非农家庭户口', 'Non-farm family', NULL, 2),
  ('hukou_category', '03', '农业家庭户口', 'Farm family', NULL, 3),
  ('hukou_category', '04', '非农集体户口', 'Non-farm collective', NULL, 4),
  ('hukou_category', '05', '农业集体户口', 'Farm collective', NULL, 5),
  ('hukou_category', '06', '自理口粮户', 'Self-supplied grain', NULL, 6),
  ('hukou_category', '07', '寄住户口', 'Lodging', NULL, 7),
  ('hukou_category', '08', '暂住户口', 'Temporary', NULL, 8),
  ('hukou_category', '09', '渔业户口', 'Fishery', NULL, 9),
  ('hukou_category', '99', '其他户口', 'Other', NULL, 10);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('education', '文化程度', 'Education', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('education', '01', '博士', 'Doctorate', NULL, 1),
  ('education', '02', '研究生', 'Postgraduate', NULL, 2),
  ('education', '03', '大学本科', 'Bachelor', NULL, 3),
  ('education', '04', '大专', 'College', NULL, 4),
  ('education', '05', '高中\中专', 'Senior secondary', NULL, 5),
  ('education', '06', '初中', 'Junior secondary', NULL, 6),
  ('education', '07', '小学', 'Primary', NULL, 7),
  ('education', '08', '文盲', 'Illiterate', NULL, 8),
  ('education', '09', '学龄前', 'Pre-school', NULL, 9);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('marital', '婚姻状况', 'Marital status', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('marital', '10', '未婚', 'Single', NULL, 1),
  ('marital', '20', '已婚', 'Married', NULL, 2),
  ('marital', '30', '丧偶', 'Widowed', NULL, 3),
  ('marital', '40', '离婚', 'Divorced', NULL, 4),
  ('marital', '90', '其他', 'Other', NULL, 5);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('nation', '民族', 'Ethnic group', 'S16 (GB 3304 order)');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('nation', '01', '汉族', NULL, NULL, 1),
  ('nation', '02', '蒙古族', NULL, NULL, 2),
  ('nation', '03', '回族', NULL, NULL, 3),
  ('nation', '04', '藏族', NULL, NULL, 4),
  ('nation', '05', '维吾尔族', NULL, NULL, 5),
  ('nation', '06', '苗族', NULL, NULL, 6),
  ('nation', '07', '彝族', NULL, NULL, 7),
  ('nation', '08', '壮族', NULL, NULL, 8),
  ('nation', '09', '布依族', NULL, NULL, 9),
  ('nation', '10', '朝鲜族', NULL, NULL, 10),
  ('nation', '11', '满族', NULL, NULL, 11),
  ('nation', '12', '侗族', NULL, NULL, 12),
  ('nation', '13', '瑶族', NULL, NULL, 13),
  ('nation', '14', '白族', NULL, NULL, 14),
  ('nation', '15', '土家族', NULL, NULL, 15),
  ('nation', '16', '哈尼族', NULL, NULL, 16),
  ('nation', '17', '哈萨克族', NULL, NULL, 17),
  ('nation', '18', '傣族', NULL, NULL, 18),
  ('nation', '19', '黎族', NULL, NULL, 19),
  ('nation', '20', '傈僳族', NULL, NULL, 20),
  ('nation', '21', '佤族', NULL, NULL, 21),
  ('nation', '22', '畲族', NULL, NULL, 22),
  ('nation', '23', '高山族', NULL, NULL, 23),
  ('nation', '24', '拉祜族', NULL, NULL, 24),
  ('nation', '25', '水族', NULL, NULL, 25),
  ('nation', '26', '东乡族', NULL, NULL, 26),
  ('nation', '27', '纳西族', NULL, NULL, 27),
  ('nation', '28', '景颇族', NULL, NULL, 28),
  ('nation', '29', '柯尔克孜族', NULL, NULL, 29),
  ('nation', '30', '土族', NULL, NULL, 30),
  ('nation', '31', '达斡尔族', NULL, NULL, 31),
  ('nation', '32', '仫佬族', NULL, NULL, 32),
  ('nation', '33', '羌族', NULL, NULL, 33),
  ('nation', '34', '布朗族', NULL, NULL, 34),
  ('nation', '35', '撒拉族', NULL, NULL, 35),
  ('nation', '36', '毛南族', NULL, NULL, 36),
  ('nation', '37', '仡佬族', NULL, NULL, 37),
  ('nation', '38', '锡伯族', NULL, NULL, 38),
  ('nation', '39', '阿昌族', NULL, NULL, 39),
  ('nation', '40', '普米族', NULL, NULL, 40),
  ('nation', '41', '塔吉克族', NULL, NULL, 41),
  ('nation', '42', '怒族', NULL, NULL, 42),
  ('nation', '43', '乌孜别克族', NULL, NULL, 43),
  ('nation', '44', '俄罗斯族', NULL, NULL, 44),
  ('nation', '45', '鄂温克族', NULL, NULL, 45),
  ('nation', '46', '德昂族', NULL, NULL, 46),
  ('nation', '47', '保安族', NULL, NULL, 47),
  ('nation', '48', '裕固族', NULL, NULL, 48),
  ('nation', '49', '京族', NULL, NULL, 49),
  ('nation', '50', '塔塔尔族', NULL, NULL, 50),
  ('nation', '51', '独龙族', NULL, NULL, 51),
  ('nation', '52', '鄂伦春族', NULL, NULL, 52),
  ('nation', '53', '赫哲族', NULL, NULL, 53),
  ('nation', '54', '门巴族', NULL, NULL, 54),
  ('nation', '55', '珞巴族', NULL, NULL, 55),
  ('nation', '56', '基诺族', NULL, NULL, 56),
  ('nation', '97', '其他', 'Other', NULL, 57),
  ('nation', '98', '外国血统中国籍人士', 'Naturalised', NULL, 58);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('inflow_reason', '流入原因', 'Reason for moving in', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('inflow_reason', '01', '务工经商', 'Work or business', NULL, 1),
  ('inflow_reason', '02', '房屋拆迁', 'Demolition', NULL, 2),
  ('inflow_reason', '03', '投亲靠友', 'Joining relatives', NULL, 3),
  ('inflow_reason', '04', '两处以上住房', 'Several homes', NULL, 4),
  ('inflow_reason', '05', '求学入托', 'Study or childcare', NULL, 5),
  ('inflow_reason', '06', '分配调动工作', 'Job transfer', NULL, 6),
  ('inflow_reason', '07', '分换住房', 'Housing swap', NULL, 7),
  ('inflow_reason', '99', '其他', 'Other', NULL, 8);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('person_tag', '人员标签', 'Person care tag', 'S48');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('person_tag', 'elderly_alone', '独居老人', 'Elderly living alone', NULL, 1),
  ('person_tag', 'empty_nest', '空巢老人', 'Empty-nest elderly', NULL, 2),
  ('person_tag', 'left_behind_child', '留守儿童', 'Left-behind child', NULL, 3),
  ('person_tag', 'disabled', '残疾人', 'Disabled', NULL, 4),
  ('person_tag', 'special_care', '优抚对象', 'Special-care recipient', NULL, 5),
  ('person_tag', 'veteran', '退伍军人', 'Veteran', NULL, 6),
  ('person_tag', 'low_income', '低保人员', 'Minimum-income', NULL, 7),
  ('person_tag', 'three_without', '三无人员', 'No income, work ability or carer', NULL, 8),
  ('person_tag', 'serious_illness', '重疾人员', 'Serious illness', NULL, 9),
  ('person_tag', 'hardship', '经济困难', 'Financial hardship', NULL, 10),
  ('person_tag', 'single_parent', '单亲家庭', 'Single-parent family', NULL, 11),
  ('person_tag', 'laid_off', '下岗职工', 'Laid-off worker', NULL, 12),
  ('person_tag', 'returned_overseas', '归国华侨', 'Returned overseas Chinese', NULL, 13),
  ('person_tag', 'returned_student', '留学人员', 'Returned student', NULL, 14);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('key_person_category', '重点人员类别', 'Key-person category', 'S16, DOMAIN.md §4.7');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('key_person_category', 'RELEASED_PRISONER', '刑满释放人员', 'Released prisoner', NULL, 1),
  ('key_person_category', 'COMMUNITY_CORRECTION', '社区矫正人员', 'Community correction', NULL, 2),
  ('key_person_category', 'DRUG_USER', '吸毒人员', 'Drug user', NULL, 3),
  ('key_person_category', 'SEVERE_MENTAL_DISORDER', '严重精神障碍患者', 'Severe mental disorder', NULL, 4),
  ('key_person_category', 'KEY_YOUTH', '重点青少年', 'Key youth', NULL, 5),
  ('key_person_category', 'PETITIONER', '信访人员', 'Petitioner', NULL, 6),
  ('key_person_category', 'OTHER_ATTENTION', '其他关注人员', 'Other person of attention', NULL, 7),
  ('key_person_category', 'DANGEROUS_GOODS_WORKER', '危险品从业人员', 'Dangerous-goods worker', NULL, 8),
  ('key_person_category', 'HIV_RISK', '艾滋病危险人员', 'HIV risk', NULL, 9),
  ('key_person_category', 'MILITARY_RELATED', '涉军人员', 'Military-related', NULL, 10),
  ('key_person_category', 'LEFT_BEHIND', '留守人员', 'Left-behind person', NULL, 11),
  ('key_person_category', 'WIDOWED_ALONE', '鳏寡孤独', 'Widowed or alone', NULL, 12);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('attention_level', '关注程度', 'Attention level', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('attention_level', 'normal', '一般', 'Normal', NULL, 1),
  ('attention_level', 'medium', '中等', 'Medium', NULL, 2),
  ('attention_level', 'serious', '严重', 'Serious', NULL, 3);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('risk_colour', '风险等级', 'Risk colour', 'DOMAIN.md §8');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('risk_colour', 'red', '重大风险（红）', 'Major (red)', NULL, 1),
  ('risk_colour', 'orange', '较大风险（橙）', 'Considerable (orange)', NULL, 2),
  ('risk_colour', 'yellow', '一般风险（黄）', 'General (yellow)', NULL, 3),
  ('risk_colour', 'blue', '低风险（蓝）', 'Low (blue)', NULL, 4);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('key_place_class', '单位场所分类', 'Key-place classification', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('key_place_class', 'PARTY_GOV', '党政机关', 'Party or government organ', NULL, 1),
  ('key_place_class', 'SCHOOL', '学校', 'School', NULL, 2),
  ('key_place_class', 'HOSPITAL', '医院', 'Hospital', NULL, 3),
  ('key_place_class', 'HAZCHEM', '危化品存放单位', 'Hazardous-chemical storage', NULL, 4),
  ('key_place_class', 'ORG_OTHER', '单位-其他', 'Organisation, other', NULL, 5),
  ('key_place_class', 'PUBLIC_ACTIVITY', '公共活动场所', 'Public activity place', NULL, 6),
  ('key_place_class', 'TRANSPORT', '交通场所', 'Transport', NULL, 7),
  ('key_place_class', 'ENTERTAINMENT', '娱乐场所', 'Entertainment', NULL, 8),
  ('key_place_class', 'TRADE', '商贸场所', 'Trade', NULL, 9),
  ('key_place_class', 'INTERNET_CAFE', '网吧', 'Internet café', NULL, 10),
  ('key_place_class', 'LODGING', '住宿服务场所', 'Lodging', NULL, 11),
  ('key_place_class', 'CATERING', '餐饮服务场所', 'Catering', NULL, 12),
  ('key_place_class', 'TOURISM', '旅游场所', 'Tourism', NULL, 13),
  ('key_place_class', 'CONSTRUCTION', '施工场所', 'Construction site', NULL, 14),
  ('key_place_class', 'PLACE_OTHER', '场所-其他', 'Place, other', NULL, 15);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('key_place_focus', '重点类型', 'Key-place focus', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('key_place_focus', 'work_safety', '安全生产重点', 'Work safety', NULL, 1),
  ('key_place_focus', 'fire', '消防安全重点', 'Fire safety', NULL, 2),
  ('key_place_focus', 'public_order', '治安重点', 'Public order', NULL, 3),
  ('key_place_focus', 'pollution', '污染源', 'Pollution source', NULL, 4);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('aspiration', '诉求类别', 'Demand type', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('aspiration', '01', '涉法涉诉', 'Law and litigation', NULL, 1),
  ('aspiration', '02', '林水土', 'Forest, water, land', NULL, 2),
  ('aspiration', '03', '惠农政策及村（社区）政务财务', 'Rural subsidies and community affairs', NULL, 3),
  ('aspiration', '04', '民政问题', 'Civil affairs', NULL, 4),
  ('aspiration', '05', '人口与医疗卫生', 'Population and health', NULL, 5),
  ('aspiration', '06', '劳动保障', 'Labour security', NULL, 6),
  ('aspiration', '07', '交通运输', 'Transport', NULL, 7),
  ('aspiration', '08', '城建及综合执法', 'Urban construction and enforcement', NULL, 8),
  ('aspiration', '09', '党纪政纪', 'Party and government discipline', NULL, 9),
  ('aspiration', '10', '教育', 'Education', NULL, 10),
  ('aspiration', '11', '企业改制', 'Enterprise restructuring', NULL, 11),
  ('aspiration', '12', '环境保护', 'Environment', NULL, 12),
  ('aspiration', '13', '组织人事', 'Personnel', NULL, 13),
  ('aspiration', '99', '其他', 'Other', NULL, 14);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('event_source', '来源方式', 'Event source', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('event_source', 'manual', '人工录入', 'Manual entry', NULL, 1),
  ('event_source', 'sms', '短信', 'SMS', NULL, 2),
  ('event_source', 'web', '网站', 'Website', NULL, 3),
  ('event_source', 'city_mgmt', '数字城管', 'City-management system', NULL, 4),
  ('event_source', 'call_centre', '呼叫中心', 'Call centre', NULL, 5),
  ('event_source', 'hotline', '热线电话', 'Hotline', NULL, 6),
  ('event_source', 'approval', '审批转入', 'From approvals', NULL, 7),
  ('event_source', 'visit', '走访录入', 'From a visit', NULL, 8),
  ('event_source', 'mobile', '手机录入', 'Mobile', NULL, 9),
  ('event_source', 'wechat', '微信录入', 'WeChat', NULL, 10),
  ('event_source', 'pc', 'PC录入', 'PC', NULL, 11),
  ('event_source', 'sync', '同步', 'Sync', NULL, 12);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('event_domain', '事件大类', 'Event major class', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('event_domain', 'DISPUTE', '矛盾纠纷', 'Disputes', NULL, 1),
  ('event_domain', 'SAFETY', '治安、安全隐患', 'Public order and safety hazards', NULL, 2),
  ('event_domain', 'LIVELIHOOD', '民生服务', 'Livelihood services', NULL, 3),
  ('event_domain', 'OTHER', '其他', 'Other', NULL, 4),
  ('event_domain', 'APPROVAL', '一站审批', 'One-stop approval', NULL, 5),
  ('event_domain', 'CITY', '城市管理', 'City management', NULL, 6);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('event_type', '事件小类', 'Event minor class', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('event_type', 'DISPUTE_01', '民族宗教', NULL, 'DISPUTE', 1),
  ('event_type', 'DISPUTE_02', '军转干部、复员退伍军人安置', NULL, 'DISPUTE', 2),
  ('event_type', 'DISPUTE_03', '征地拆迁安置', NULL, 'DISPUTE', 3),
  ('event_type', 'DISPUTE_04', '建筑工程质量、物业管理', NULL, 'DISPUTE', 4),
  ('event_type', 'DISPUTE_05', '土地矿产山林水利界线权属', NULL, 'DISPUTE', 5),
  ('event_type', 'DISPUTE_06', '经济活动', NULL, 'DISPUTE', 6),
  ('event_type', 'DISPUTE_07', '劳资纠纷', NULL, 'DISPUTE', 7),
  ('event_type', 'DISPUTE_08', '企业改制', NULL, 'DISPUTE', 8),
  ('event_type', 'DISPUTE_09', '环境污染、生态破坏', NULL, 'DISPUTE', 9),
  ('event_type', 'DISPUTE_10', '司法活动', NULL, 'DISPUTE', 10),
  ('event_type', 'DISPUTE_11', '行政执法活动', NULL, 'DISPUTE', 11),
  ('event_type', 'DISPUTE_12', '大中专院校、中小学校', NULL, 'DISPUTE', 12),
  ('event_type', 'DISPUTE_13', '海事渔事', NULL, 'DISPUTE', 13),
  ('event_type', 'DISPUTE_14', '干部作风', NULL, 'DISPUTE', 14),
  ('event_type', 'DISPUTE_15', '村（社区、居）务管理', NULL, 'DISPUTE', 15),
  ('event_type', 'DISPUTE_16', '农村土地承包、农村集体"三资"及农民负担', NULL, 'DISPUTE', 16),
  ('event_type', 'DISPUTE_17', '婚姻家庭邻里', NULL, 'DISPUTE', 17),
  ('event_type', 'DISPUTE_18', '医患纠纷', NULL, 'DISPUTE', 18),
  ('event_type', 'DISPUTE_19', '其他', NULL, 'DISPUTE', 19),
  ('event_type', 'SAFETY_01', '抢劫', NULL, 'SAFETY', 20),
  ('event_type', 'SAFETY_02', '抢夺', NULL, 'SAFETY', 21),
  ('event_type', 'SAFETY_03', '盗窃', NULL, 'SAFETY', 22),
  ('event_type', 'SAFETY_04', '赌博', NULL, 'SAFETY', 23),
  ('event_type', 'SAFETY_05', '卖淫嫖娼', NULL, 'SAFETY', 24),
  ('event_type', 'SAFETY_06', '毒品', NULL, 'SAFETY', 25),
  ('event_type', 'SAFETY_07', '黑恶势力', NULL, 'SAFETY', 26),
  ('event_type', 'SAFETY_08', '消防安全', NULL, 'SAFETY', 27),
  ('event_type', 'SAFETY_09', '安全生产', NULL, 'SAFETY', 28),
  ('event_type', 'SAFETY_10', '食品卫生', NULL, 'SAFETY', 29),
  ('event_type', 'SAFETY_11', '环境污染', NULL, 'SAFETY', 30),
  ('event_type', 'SAFETY_12', '公共安全', NULL, 'SAFETY', 31),
  ('event_type', 'SAFETY_13', '其他', NULL, 'SAFETY', 32),
  ('event_type', 'LIVELIHOOD_01', '教育', NULL, 'LIVELIHOOD', 33),
  ('event_type', 'LIVELIHOOD_02', '社保', NULL, 'LIVELIHOOD', 34),
  ('event_type', 'LIVELIHOOD_03', '就业', NULL, 'LIVELIHOOD', 35),
  ('event_type', 'LIVELIHOOD_04', '医疗', NULL, 'LIVELIHOOD', 36),
  ('event_type', 'LIVELIHOOD_05', '住房', NULL, 'LIVELIHOOD', 37),
  ('event_type', 'LIVELIHOOD_06', '交通', NULL, 'LIVELIHOOD', 38),
  ('event_type', 'LIVELIHOOD_07', '证件办理', NULL, 'LIVELIHOOD', 39),
  ('event_type', 'LIVELIHOOD_08', '企业服务', NULL, 'LIVELIHOOD', 40),
  ('event_type', 'LIVELIHOOD_09', '资质服务', NULL, 'LIVELIHOOD', 41),
  ('event_type', 'LIVELIHOOD_10', '经营纳税', NULL, 'LIVELIHOOD', 42),
  ('event_type', 'LIVELIHOOD_11', '婚育收养', NULL, 'LIVELIHOOD', 43),
  ('event_type', 'LIVELIHOOD_12', '公共事业', NULL, 'LIVELIHOOD', 44),
  ('event_type', 'LIVELIHOOD_13', '其他', NULL, 'LIVELIHOOD', 45),
  ('event_type', 'CITY_01', '市容环境', NULL, 'CITY', 46),
  ('event_type', 'CITY_02', '宣传广告', NULL, 'CITY', 47),
  ('event_type', 'CITY_03', '施工管理', NULL, 'CITY', 48),
  ('event_type', 'CITY_04', '突发事件', NULL, 'CITY', 49),
  ('event_type', 'CITY_05', '街面秩序', NULL, 'CITY', 50),
  ('event_type', 'CITY_06', '其他', NULL, 'CITY', 51);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('event_grade', '分级', 'Event grade', 'DOMAIN.md §6.6');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('event_grade', 'normal', '一般', 'Normal', NULL, 1),
  ('event_grade', 'urgent', '紧急', 'Urgent', NULL, 2),
  ('event_grade', 'critical', '特急', 'Critical', NULL, 3);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('event_status', '事件状态', 'Event status', 'S16 IssueState');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('event_status', '1', '办理中', 'In progress', NULL, 1),
  ('event_status', '150', '已办结（待验证）', 'Completed, awaiting verification', NULL, 2),
  ('event_status', '200', '办理完毕', 'Dealt with', NULL, 3),
  ('event_status', '250', '已关闭', 'Closed', NULL, 4),
  ('event_status', '300', '已结案（验证通过）', 'Verified and closed', NULL, 5);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('event_step_state', '步骤状态', 'Event step state', 'S16 IssueState');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('event_step_state', '80', '待下派', 'Awaiting dispatch', NULL, 1),
  ('event_step_state', '100', '新事件', 'New', NULL, 2),
  ('event_step_state', '110', '待受理', 'Awaiting acceptance', NULL, 3),
  ('event_step_state', '120', '处理中', 'Dealing', NULL, 4),
  ('event_step_state', '140', '待阅读', 'Unread (copy)', NULL, 5),
  ('event_step_state', '500', '步骤完成', 'Step complete', NULL, 6),
  ('event_step_state', '800', '待验证', 'Awaiting verification', NULL, 7),
  ('event_step_state', '900', '验证未通过', 'Verification failed', NULL, 8),
  ('event_step_state', '1000', '已验证', 'Verified', NULL, 9),
  ('event_step_state', '1100', '备案', 'Filed', NULL, 10);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('event_operation', '事件操作', 'Event operation', 'S16 IssueOperate');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('event_operation', '1', '办理中', 'Progress note', NULL, 1),
  ('event_operation', '11', '上报指挥中心', 'Report to command centre', NULL, 2),
  ('event_operation', '21', '交办', 'Assign down', NULL, 3),
  ('event_operation', '26', '交办/下单', 'Dispatch', NULL, 4),
  ('event_operation', '30', '验证', 'Verify', NULL, 5),
  ('event_operation', '31', '结案', 'Complete', NULL, 6),
  ('event_operation', '32', '备案', 'File', NULL, 7),
  ('event_operation', '41', '上报', 'Escalate', NULL, 8),
  ('event_operation', '42', '反馈', 'Feedback', NULL, 9),
  ('event_operation', '51', '领导批示', 'Leader instruction', NULL, 10),
  ('event_operation', '61', '受理', 'Accept', NULL, 11),
  ('event_operation', '71', '阅读', 'Read', NULL, 12),
  ('event_operation', '81', '普通督办', 'Normal supervision', NULL, 13),
  ('event_operation', '83', '黄牌督办', 'Yellow-card supervision', NULL, 14),
  ('event_operation', '86', '红牌督办', 'Red-card supervision', NULL, 15),
  ('event_operation', '88', '取消督办', 'Cancel supervision', NULL, 16),
  ('event_operation', '91', '反馈', 'Feedback', NULL, 17),
  ('event_operation', '101', '完成', 'Done', NULL, 18),
  ('event_operation', '111', '关闭', 'Close', NULL, 19),
  ('event_operation', '200', '回退', 'Return', NULL, 20),
  ('event_operation', '1001', '加急', 'Rush', NULL, 21),
  ('event_operation', '1011', '取消加急', 'Cancel rush', NULL, 22),
  ('event_operation', '1101', '设置历史遗留', 'Mark legacy', NULL, 23),
  ('event_operation', '1111', '取消历史遗留', 'Unmark legacy', NULL, 24),
  ('event_operation', '1302', '转入分流中心', 'Send to triage', NULL, 25);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('building_type', '楼宇类型', 'Building type', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('building_type', 'residential', '普通住宅', 'Ordinary residential', NULL, 1),
  ('building_type', 'shop', '商铺', 'Shops', NULL, 2),
  ('building_type', 'office', '写字楼', 'Office', NULL, 3),
  ('building_type', 'high_rise', '高层建筑', 'High-rise', NULL, 4),
  ('building_type', 'villa', '别墅', 'Villa', NULL, 5),
  ('building_type', 'public', '公共建筑', 'Public building', NULL, 6),
  ('building_type', 'other', '其他', 'Other', NULL, 7);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('building_uses', '建筑物用途', 'Building use', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('building_uses', 'residential', '住宅', 'Residential', NULL, 1),
  ('building_uses', 'commercial', '商业', 'Commercial', NULL, 2),
  ('building_uses', 'office', '办公', 'Office', NULL, 3),
  ('building_uses', 'industrial', '工业', 'Industrial', NULL, 4),
  ('building_uses', 'mixed', '综合', 'Mixed', NULL, 5),
  ('building_uses', 'storage', '仓储', 'Storage', NULL, 6),
  ('building_uses', 'education', '教育', 'Education', NULL, 7),
  ('building_uses', 'medical', '医疗', 'Medical', NULL, 8),
  ('building_uses', 'other', '其他', 'Other', NULL, 9);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('building_structure', '建筑结构', 'Building structure', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('building_structure', 'unknown', '未知', 'Unknown', NULL, 1),
  ('building_structure', 'wood', '木质', 'Wood', NULL, 2),
  ('building_structure', 'rc', '钢砼', 'Reinforced concrete', NULL, 3),
  ('building_structure', 'stone_mixed', '石混', 'Stone-concrete', NULL, 4),
  ('building_structure', 'stone_wood', '石木', 'Stone-wood', NULL, 5),
  ('building_structure', 'brick_wood', '砖木', 'Brick-wood', NULL, 6),
  ('building_structure', 'brick_concrete', '砖混', 'Brick-concrete', NULL, 7),
  ('building_structure', 'steel', '钢结构', 'Steel', NULL, 8),
  ('building_structure', 'other', '其他', 'Other', NULL, 9);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('built_era', '建成年代', 'Built era', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('built_era', 'ancestral', '祖屋', 'Ancestral house', NULL, 1),
  ('built_era', 'pre1949', '建国前', 'Before 1949', NULL, 2),
  ('built_era', '1950s', '五十年代', '1950s', NULL, 3),
  ('built_era', '1960s', '六十年代', '1960s', NULL, 4),
  ('built_era', '1970s', '七十年代', '1970s', NULL, 5),
  ('built_era', '1980s', '八十年代', '1980s', NULL, 6),
  ('built_era', '1990s', '九十年代', '1990s', NULL, 7),
  ('built_era', '21c', '廿一世纪', '21st century', NULL, 8);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('house_uses', '房屋用途', 'House use', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('house_uses', 'private', '个人住宅', 'Private home', NULL, 1),
  ('house_uses', 'dormitory', '集体宿舍', 'Dormitory', NULL, 2),
  ('house_uses', 'shed', '临时工棚', 'Temporary shed', NULL, 3),
  ('house_uses', 'office', '办公用房', 'Office', NULL, 4),
  ('house_uses', 'commercial', '商业用房', 'Commercial', NULL, 5),
  ('house_uses', 'public_service', '科教文体医用房', 'Education, culture, health', NULL, 6),
  ('house_uses', 'industrial', '工业用房', 'Industrial', NULL, 7),
  ('house_uses', 'other', '其他民用用房', 'Other civil', NULL, 8);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('house_source', '房屋来源', 'House source', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('house_source', 'owned', '自有产权', 'Owned', NULL, 1),
  ('house_source', 'public_rented', '租赁公房', 'Rented public housing', NULL, 2),
  ('house_source', 'other', '其他', 'Other', NULL, 3);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('rental_usage', '出租房用途', 'Rental use', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('rental_usage', 'dormitory', '宿舍', 'Dormitory', NULL, 1),
  ('rental_usage', 'housing', '住房', 'Housing', NULL, 2),
  ('rental_usage', 'shopfront', '店面', 'Shopfront', NULL, 3),
  ('rental_usage', 'warehouse', '仓库', 'Warehouse', NULL, 4),
  ('rental_usage', 'factory', '工厂、工场', 'Factory', NULL, 5),
  ('rental_usage', 'other', '其他', 'Other', NULL, 6);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('staff_role', '岗位角色', 'Staff role', 'BRIEF (五长制), S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('staff_role', 'COMMUNITY_LEADER', '社区长', 'Community chief', NULL, 1),
  ('staff_role', 'AREA_LEADER', '片区长', 'Area chief', NULL, 2),
  ('staff_role', 'GRID_LEADER', '网格长', 'Grid chief', NULL, 3),
  ('staff_role', 'BUILDING_LEADER', '楼栋长', 'Building chief', NULL, 4),
  ('staff_role', 'PROPERTY_LEADER', '物业长', 'Property chief', NULL, 5),
  ('staff_role', 'GRID_WORKER', '网格员', 'Grid worker', NULL, 6),
  ('staff_role', 'GRID_INSTRUCTOR', '网格指导员', 'Grid instructor', NULL, 7),
  ('staff_role', 'POLICE_OFFICER', '社区民警', 'Police beat officer', NULL, 8),
  ('staff_role', 'MICRO_GRID_LEADER', '微网格长', 'Micro-grid leader', NULL, 9),
  ('staff_role', 'PARTY_SECRETARY', '党组织书记', 'Party secretary', NULL, 10);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('position_type', '岗位类型', 'Position type', 'S16 GRID_POSITIONTYPE');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('position_type', 'full_time', '专职', 'Full-time', NULL, 1),
  ('position_type', 'part_time', '兼职', 'Part-time', NULL, 2);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('user_role', '系统角色', 'User role', 'DOMAIN.md §10.2 [INF]');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('user_role', 'GRID_WORKER', '网格员', 'Grid worker', NULL, 1),
  ('user_role', 'GRID_LEADER', '网格长', 'Grid chief', NULL, 2),
  ('user_role', 'COMMUNITY_SECRETARY', '社区书记', 'Community secretary', NULL, 3),
  ('user_role', 'COMMUNITY_OFFICE', '社区工作人员', 'Community office', NULL, 4),
  ('user_role', 'STREET_OFFICE', '街道工作人员', 'Street office', NULL, 5),
  ('user_role', 'ZONGZHI_OFFICER', '综治专干', 'Comprehensive-management officer', NULL, 6),
  ('user_role', 'POLICE_SIGNOFF', '派出所签收', 'Police station sign-off', NULL, 7),
  ('user_role', 'JUSTICE_SIGNOFF', '司法所签收', 'Justice office sign-off', NULL, 8),
  ('user_role', 'DISTRICT_ADMIN', '区级管理员', 'District administrator', NULL, 9),
  ('user_role', 'AUDITOR', '审计员', 'Auditor', NULL, 10);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('party_member_type', '党员类型', 'Party-member type', 'S16');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('party_member_type', 'unemployed', '失业党员', 'Unemployed', NULL, 1),
  ('party_member_type', 'laid_off', '下岗党员', 'Laid-off', NULL, 2),
  ('party_member_type', 'hardship', '困难党员', 'In difficulty', NULL, 3),
  ('party_member_type', 'student', '大学生党员', 'Student', NULL, 4),
  ('party_member_type', 'community_worker', '社区工作者党员', 'Community worker', NULL, 5),
  ('party_member_type', 'in_service', '在职党员', 'In service', NULL, 6),
  ('party_member_type', 'retired', '离退休党员', 'Retired', NULL, 7),
  ('party_member_type', 'other', '其他', 'Other', NULL, 8);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('link_exemption', '联户豁免原因', 'Link exemption', 'DOMAIN.md §4.12');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('link_exemption', 'age70', '70周岁以上', 'Aged 70 or over', NULL, 1),
  ('link_exemption', 'frail', '老弱病残', 'Old, weak, sick or disabled', NULL, 2),
  ('link_exemption', 'absent', '长期外出', 'Long absent', NULL, 3);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('exception_type', '异常类型', 'Hidden-danger type', 'S16 HIDDENDANGER');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('exception_type', 'terror', '涉暴恐', 'Terrorism', NULL, 1),
  ('exception_type', 'guns', '涉枪涉爆', 'Guns or explosives', NULL, 2),
  ('exception_type', 'drugs', '涉制毒/贩毒/吸毒', 'Drugs', NULL, 3),
  ('exception_type', 'cult', '邪教活动', 'Cult activity', NULL, 4),
  ('exception_type', 'counterfeit', '制假贩假', 'Counterfeits', NULL, 5),
  ('exception_type', 'vice', '涉黄', 'Prostitution', NULL, 6),
  ('exception_type', 'gambling', '涉赌', 'Gambling', NULL, 7),
  ('exception_type', 'pyramid', '传销', 'Pyramid selling', NULL, 8),
  ('exception_type', 'fire', '火灾隐患', 'Fire hazard', NULL, 9),
  ('exception_type', 'stolen_goods', '收赃销赃', 'Stolen goods', NULL, 10),
  ('exception_type', 'no_guard', '无守楼护院人员', 'No building guard', NULL, 11),
  ('exception_type', 'other', '其他', 'Other', NULL, 12);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('department_type', '职能部门', 'Functional department', 'S16 FUNCTIONAL_ORG_TYPE');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('department_type', 'police', '公安', 'Police', NULL, 1),
  ('department_type', 'civil_affairs', '民政', 'Civil affairs', NULL, 2),
  ('department_type', 'justice', '司法', 'Justice', NULL, 3),
  ('department_type', 'city_mgmt', '城管', 'City management', NULL, 4),
  ('department_type', 'housing', '住建', 'Housing and construction', NULL, 5),
  ('department_type', 'hr_social', '人社', 'Human resources and social security', NULL, 6),
  ('department_type', 'health', '卫健', 'Health', NULL, 7),
  ('department_type', 'emergency', '应急', 'Emergency management', NULL, 8),
  ('department_type', 'market', '市场监管', 'Market regulation', NULL, 9),
  ('department_type', 'environment', '生态环境', 'Environment', NULL, 10);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('deliberation_step', '四事五议步骤', 'Deliberation step', 'BRIEF');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('deliberation_step', 'suggest', '建议', 'Suggest', NULL, 1),
  ('deliberation_step', 'propose', '提议', 'Propose', NULL, 2),
  ('deliberation_step', 'discuss', '商议', 'Discuss', NULL, 3),
  ('deliberation_step', 'review', '审议', 'Review', NULL, 4),
  ('deliberation_step', 'decide', '决议', 'Decide', NULL, 5);

INSERT INTO code_domain (domain, name_zh, name_en, source) VALUES ('evaluation', '评价', 'Resident evaluation', 'DOMAIN.md §6.6');
INSERT INTO code_value (domain, code, name_zh, name_en, parent_code, sort_order) VALUES
  ('evaluation', 'satisfied', '满意', 'Satisfied', NULL, 1),
  ('evaluation', 'basically_satisfied', '基本满意', 'Basically satisfied', NULL, 2),
  ('evaluation', 'dissatisfied', '不满意', 'Dissatisfied', NULL, 3);
