// The seeded catalog in Chinese: category names and descriptions, species, breeds, and the sentences the seed
// builds pet descriptions from. The database keeps the English (one catalog for both stores and the search
// index); the visitor's language is applied when a page shows it. Pet names are names and stay as they are; a
// pet an admin added with their own words keeps those words.
import type { Locale } from "./locale";

const CATEGORIES: Record<string, { name: string; description: string }> = {
  dogs: { name: "狗狗", description: "忠诚又爱玩的伙伴，随时准备散步、捡球，陪你一辈子。" },
  cats: { name: "猫咪", description: "好奇又黏人的猫咪和小奶猫，正在找一个属于自己的、洒满阳光的窗台。" },
  fish: { name: "观赏鱼", description: "色彩缤纷的淡水鱼和海水鱼，为任何房间带来一抹宁静的生机。" },
  birds: { name: "鸟类", description: "叽叽喳喳、聪明伶俐的鸟儿，从小巧的雀鸟到能说会道的鹦鹉。" },
  reptiles: { name: "爬行动物", description: "迷人的壁虎、蛇和陆龟，献给喜欢与众不同的饲养者。" },
  "small-pets": { name: "小型宠物", description: "仓鼠、兔子和其他口袋大小的朋友，适合任何家庭。" },
};

const SPECIES: Record<string, string> = {
  Dog: "狗",
  Cat: "猫",
  "Betta fish": "斗鱼",
  Goldfish: "金鱼",
  Guppy: "孔雀鱼",
  "Neon tetra": "霓虹灯鱼",
  Angelfish: "神仙鱼",
  Clownfish: "小丑鱼",
  Discus: "七彩神仙鱼",
  Catfish: "鲶鱼",
  Molly: "茉莉鱼",
  Pufferfish: "河豚",
  Koi: "锦鲤",
  Budgerigar: "虎皮鹦鹉",
  Cockatiel: "玄凤鹦鹉",
  Parrot: "鹦鹉",
  Macaw: "金刚鹦鹉",
  Lovebird: "牡丹鹦鹉",
  Canary: "金丝雀",
  Finch: "雀鸟",
  Conure: "锥尾鹦鹉",
  Chicken: "鸡",
  Duck: "鸭",
  Dove: "鸽子",
  Gecko: "壁虎",
  "Bearded dragon": "鬃狮蜥",
  Snake: "蛇",
  Turtle: "水龟",
  Tortoise: "陆龟",
  Skink: "石龙子",
  Chameleon: "变色龙",
  Frog: "蛙",
  Hamster: "仓鼠",
  Rabbit: "兔子",
  Mouse: "小鼠",
  Rat: "大鼠",
  Gerbil: "沙鼠",
  Hedgehog: "刺猬",
  Chipmunk: "花栗鼠",
};

const BREEDS: Record<string, string> = {
  "Labrador Retriever": "拉布拉多寻回犬",
  "Golden Retriever": "金毛寻回犬",
  "Border Collie": "边境牧羊犬",
  Poodle: "贵宾犬",
  "German Shepherd": "德国牧羊犬",
  "French Bulldog": "法国斗牛犬",
  Beagle: "比格犬",
  Dachshund: "腊肠犬",
  "Pembroke Welsh Corgi": "彭布罗克威尔士柯基犬",
  "Shiba Inu": "柴犬",
  "Cavalier King Charles Spaniel": "骑士查理王小猎犬",
  "Bernese Mountain Dog": "伯恩山犬",
  "Miniature Schnauzer": "迷你雪纳瑞",
  "Maine Coon": "缅因猫",
  Ragdoll: "布偶猫",
  Siamese: "暹罗猫",
  "British Shorthair": "英国短毛猫",
  Persian: "波斯猫",
  Bengal: "孟加拉猫",
  Bombay: "孟买猫",
  "Russian Blue": "俄罗斯蓝猫",
  Abyssinian: "阿比西尼亚猫",
  "Scottish Fold": "苏格兰折耳猫",
  "Norwegian Forest Cat": "挪威森林猫",
  "Domestic Shorthair": "家养短毛猫",
  "Halfmoon Betta": "半月斗鱼",
  Oranda: "狮子头金鱼",
  Comet: "彗星金鱼",
  "Fancy Guppy": "花式孔雀鱼",
  "Neon Tetra": "霓虹灯鱼",
  "Koi Angelfish": "锦鲤神仙鱼",
  "Ocellaris Clownfish": "公子小丑鱼",
  "Blue Diamond Discus": "蓝钻七彩神仙鱼",
  "Bronze Corydoras": "红头鼠鱼",
  "Dalmatian Molly": "斑点茉莉鱼",
  "Dwarf Pea Puffer": "豆豆河豚",
  "Kohaku Koi": "红白锦鲤",
  "English Budgerigar": "英国虎皮鹦鹉",
  "Lutino Cockatiel": "黄化玄凤鹦鹉",
  "African Grey": "非洲灰鹦鹉",
  "Blue-and-gold Macaw": "蓝黄金刚鹦鹉",
  "Peach-faced Lovebird": "桃脸牡丹鹦鹉",
  "Yorkshire Canary": "约克夏金丝雀",
  "Zebra Finch": "斑胸草雀",
  "Sun Conure": "太阳锥尾鹦鹉",
  Silkie: "丝毛乌骨鸡",
  "Call Duck": "柯尔鸭",
  "Diamond Dove": "钻石鸽",
  "Leopard Gecko": "豹纹守宫",
  "Crested Gecko": "睫角守宫",
  "Central Bearded Dragon": "中部鬃狮蜥",
  "Ball Python": "球蟒",
  "Corn Snake": "玉米蛇",
  "California Kingsnake": "加州王蛇",
  "Red-eared Slider": "红耳龟",
  "Russian Tortoise": "四爪陆龟",
  "Blue-tongued Skink": "蓝舌石龙子",
  "Veiled Chameleon": "高冠变色龙",
  "Pacman Frog": "角蛙",
  "Syrian Hamster": "金丝熊仓鼠",
  "Roborovski Dwarf Hamster": "老公公仓鼠",
  "Holland Lop": "荷兰垂耳兔",
  "Netherland Dwarf": "荷兰侏儒兔",
  "Mini Rex": "迷你雷克斯兔",
  "Fancy Mouse": "花鼠",
  "Dumbo Rat": "小飞象鼠",
  "Mongolian Gerbil": "蒙古沙鼠",
  "African Pygmy Hedgehog": "非洲迷你刺猬",
  "Siberian Chipmunk": "西伯利亚花栗鼠",
};

// The pieces the seed builds a description from: "<name> is a <adjective> <breed> who <trait>.[ <closer>]".
const ADJECTIVES: Record<string, string> = {
  gentle: "温柔",
  playful: "爱玩",
  curious: "好奇",
  cheerful: "开朗",
  "laid-back": "随和",
  affectionate: "黏人",
  "bright-eyed": "眼睛明亮",
  sociable: "合群",
  "easy-going": "好相处",
  spirited: "活泼",
  "sweet-natured": "性情温和",
  confident: "自信",
};

const TRAITS: Record<string, string> = {
  "loves long walks and games of fetch": "喜欢长时间散步和捡球游戏",
  "greets everyone at the door with a wagging tail": "会摇着尾巴在门口迎接每一个人",
  "already knows sit, stay and paw": "已经会坐下、等待和握手",
  "is happiest curled up at your feet": "最喜欢蜷在你的脚边",
  "never says no to a belly rub": "从不拒绝别人摸肚皮",
  "is great with children and other dogs": "和孩子、其他狗狗都相处得很好",
  "loves chasing feather toys around the room": "喜欢满屋子追逗猫棒",
  "starts purring as soon as someone sits down": "只要有人坐下就开始呼噜",
  "has claimed every sunny spot in the shop": "已经占领了店里每一处晒太阳的地方",
  "enjoys a good brush followed by a long nap": "喜欢先梳梳毛，再睡个长长的午觉",
  "is litter trained and wonderfully tidy": "会用猫砂，非常爱干净",
  "will happily supervise your work from the desk": "很乐意趴在桌上监督你工作",
  "glides around the tank in a flash of colour": "在鱼缸里游来游去，闪着鲜艳的颜色",
  "is hardy and perfect for a first aquarium": "皮实好养，非常适合第一个鱼缸",
  "loves a planted tank with plenty of hiding places": "喜欢有水草、有很多藏身处的鱼缸",
  "comes to the front of the tank at feeding time": "一到喂食时间就游到缸前",
  "gets along well in a peaceful community tank": "在安静的混养缸里与大家相处融洽",
  "whistles a cheerful tune every morning": "每天早上都吹一段欢快的口哨",
  "is hand-tame and steps up onto a finger": "已经亲人，会站到手指上",
  "loves swings, bells and bright toys": "喜欢秋千、铃铛和鲜艳的玩具",
  "is already picking up a few words": "已经学会了几个词",
  "enjoys company and chatters all day long": "喜欢有人陪，整天叽叽喳喳",
  "is calm and easy to handle": "性情安静，容易上手",
  "loves basking under a warm lamp": "喜欢在暖灯下晒背",
  "has a healthy appetite and a steady temperament": "胃口好，性情稳定",
  "is captive bred and used to gentle handling": "人工繁育，习惯被轻柔地抱起",
  "explores the terrarium with endless curiosity": "对饲养箱里的一切都充满好奇",
  "loves tunnels, hay and a good burrow": "喜欢隧道、干草和舒服的窝",
  "comes to say hello whenever the cage opens": "每次打开笼子都会过来打招呼",
  "is hand-tame and gentle with little hands": "已经亲人，对小朋友的手也很温柔",
  "enjoys fresh greens and a cosy hideout": "喜欢新鲜蔬菜和温暖的小窝",
  "is most playful in the evening": "傍晚时最活跃",
};

const CLOSERS: Record<string, string> = {
  "Vet checked and ready for a loving home.": "已通过兽医检查，随时可以去一个有爱的家。",
  "Comes with a starter care guide from our team.": "附赠我们团队编写的新手饲养指南。",
  "Ready to meet a new family this week.": "本周就可以与新家庭见面。",
  "Ask us about the perfect setup before you bring them home.": "带它回家之前，欢迎向我们咨询合适的饲养环境。",
  "A wonderful first pet for a patient, caring owner.": "对有耐心、有爱心的主人来说，是非常棒的第一只宠物。",
};

const zh = (locale: Locale) => locale === "zh-CN";

export function categoryName(slug: string, name: string, locale: Locale): string {
  return zh(locale) ? (CATEGORIES[slug]?.name ?? categoryNameOf(name, locale)) : name;
}

/** Where only the English name travels (a cart line, a search hit): the seeded categories by name. */
export function categoryNameOf(name: string, locale: Locale): string {
  if (!zh(locale)) return name;
  const slug = name.toLowerCase().replace(/\s+/g, "-");
  return CATEGORIES[slug]?.name ?? name;
}

export function categoryDescription(slug: string, description: string, locale: Locale): string {
  return zh(locale) ? (CATEGORIES[slug]?.description ?? description) : description;
}

export function speciesName(species: string, locale: Locale): string {
  return zh(locale) ? (SPECIES[species] ?? species) : species;
}

export function breedName(breed: string, locale: Locale): string {
  return zh(locale) ? (BREEDS[breed] ?? breed) : breed;
}

/** A seeded description in Chinese, rebuilt from its pieces; any other text (an admin's own words) as written. */
export function petDescription(name: string, breed: string, description: string, locale: Locale): string {
  if (!zh(locale)) return description;
  const prefix = `${name} is `;
  if (!description.startsWith(prefix)) return description;
  const rest = description.slice(prefix.length);
  const match = /^an? ([a-z-]+) (.+?) who (.+?)\.(?: (.+))?$/.exec(rest);
  if (!match) return description;
  const [, adjective = "", seededBreed = "", trait = "", closer] = match;
  const adj = ADJECTIVES[adjective];
  const tr = TRAITS[trait];
  const cl = closer === undefined ? "" : CLOSERS[closer];
  if (!adj || !tr || cl === undefined || seededBreed !== breed) return description;
  return `${name}是一只${adj}的${breedName(breed, locale)}，${tr}。${cl}`;
}
