// The hand-picked part of the seed: categories, real breed lists and the few named pets tests rely on.
// Everything random (names, prices within a range, descriptions) is drawn from a seeded faker elsewhere.

export type CategorySeed = {
  slug: string;
  name: string;
  emoji: string;
  description: string;
};

/** sortOrder is the array index: the store lists categories in exactly this order. */
export const CATEGORIES: readonly CategorySeed[] = [
  {
    slug: "dogs",
    name: "Dogs",
    emoji: "🐶",
    description: "Loyal, playful companions ready for walks, fetch and a lifetime of friendship.",
  },
  {
    slug: "cats",
    name: "Cats",
    emoji: "🐱",
    description: "Curious, cuddly cats and kittens looking for a sunny windowsill to call their own.",
  },
  {
    slug: "fish",
    name: "Fish",
    emoji: "🐠",
    description: "Colourful freshwater and marine fish that bring a calm splash of life to any room.",
  },
  { slug: "birds", name: "Birds", emoji: "🦜", description: "Chirpy, clever birds, from tiny finches to talkative parrots." },
  {
    slug: "reptiles",
    name: "Reptiles",
    emoji: "🦎",
    description: "Fascinating geckos, snakes and tortoises for keepers who love something different.",
  },
  {
    slug: "small-pets",
    name: "Small pets",
    emoji: "🐹",
    description: "Hamsters, rabbits and other pocket-sized friends that fit into any home.",
  },
];

export type BreedSeed = {
  species: string;
  breed: string;
  /** An icon name in @iconify-json/fluent-emoji used for the pet's picture. */
  icon: string;
  /** Price range in whole dollars; the seed picks a price inside it. */
  minDollars: number;
  maxDollars: number;
};

const b = (species: string, breed: string, icon: string, minDollars: number, maxDollars: number): BreedSeed => ({
  species,
  breed,
  icon,
  minDollars,
  maxDollars,
});

export const BREEDS: Record<string, readonly BreedSeed[]> = {
  dogs: [
    b("Dog", "Labrador Retriever", "guide-dog", 900, 1500),
    b("Dog", "Golden Retriever", "dog", 950, 1600),
    b("Dog", "Border Collie", "dog", 700, 1200),
    b("Dog", "Poodle", "poodle", 1000, 1800),
    b("Dog", "German Shepherd", "service-dog", 900, 1700),
    b("Dog", "French Bulldog", "dog-face", 1200, 1800),
    b("Dog", "Beagle", "dog", 600, 1000),
    b("Dog", "Dachshund", "dog", 700, 1300),
    b("Dog", "Pembroke Welsh Corgi", "dog-face", 1000, 1700),
    b("Dog", "Shiba Inu", "dog-face", 1100, 1800),
    b("Dog", "Cavalier King Charles Spaniel", "dog", 1000, 1600),
    b("Dog", "Bernese Mountain Dog", "service-dog", 1200, 1800),
    b("Dog", "Miniature Schnauzer", "poodle", 800, 1400),
  ],
  cats: [
    b("Cat", "Maine Coon", "cat", 800, 1500),
    b("Cat", "Ragdoll", "cat-face", 900, 1500),
    b("Cat", "Siamese", "cat", 400, 900),
    b("Cat", "British Shorthair", "cat-face", 700, 1300),
    b("Cat", "Persian", "cat-face", 600, 1200),
    b("Cat", "Bengal", "cat", 1000, 1500),
    b("Cat", "Bombay", "black-cat", 400, 800),
    b("Cat", "Russian Blue", "cat", 500, 1000),
    b("Cat", "Abyssinian", "cat", 600, 1100),
    b("Cat", "Scottish Fold", "cat-face", 800, 1400),
    b("Cat", "Norwegian Forest Cat", "cat", 700, 1200),
    b("Cat", "Domestic Shorthair", "black-cat", 150, 300),
  ],
  fish: [
    b("Betta fish", "Halfmoon Betta", "tropical-fish", 10, 35),
    b("Goldfish", "Oranda", "fish", 10, 40),
    b("Goldfish", "Comet", "fish", 10, 15),
    b("Guppy", "Fancy Guppy", "tropical-fish", 10, 15),
    b("Neon tetra", "Neon Tetra", "tropical-fish", 10, 12),
    b("Angelfish", "Koi Angelfish", "tropical-fish", 15, 40),
    b("Clownfish", "Ocellaris Clownfish", "tropical-fish", 25, 60),
    b("Discus", "Blue Diamond Discus", "tropical-fish", 60, 150),
    b("Catfish", "Bronze Corydoras", "fish", 10, 15),
    b("Molly", "Dalmatian Molly", "fish", 10, 14),
    b("Pufferfish", "Dwarf Pea Puffer", "blowfish", 12, 25),
    b("Koi", "Kohaku Koi", "fish", 40, 250),
  ],
  birds: [
    b("Budgerigar", "English Budgerigar", "bird", 25, 80),
    b("Cockatiel", "Lutino Cockatiel", "bird", 100, 250),
    b("Parrot", "African Grey", "parrot", 1200, 1800),
    b("Macaw", "Blue-and-gold Macaw", "parrot", 1400, 1800),
    b("Lovebird", "Peach-faced Lovebird", "parrot", 60, 150),
    b("Canary", "Yorkshire Canary", "bird", 40, 120),
    b("Finch", "Zebra Finch", "bird", 20, 40),
    b("Conure", "Sun Conure", "parrot", 400, 700),
    b("Chicken", "Silkie", "baby-chick", 20, 60),
    b("Duck", "Call Duck", "duck", 40, 90),
    b("Dove", "Diamond Dove", "dove", 35, 80),
  ],
  reptiles: [
    b("Gecko", "Leopard Gecko", "lizard", 50, 250),
    b("Gecko", "Crested Gecko", "lizard", 60, 200),
    b("Bearded dragon", "Central Bearded Dragon", "lizard", 90, 400),
    b("Snake", "Ball Python", "snake", 80, 450),
    b("Snake", "Corn Snake", "snake", 50, 200),
    b("Snake", "California Kingsnake", "snake", 70, 220),
    b("Turtle", "Red-eared Slider", "turtle", 30, 80),
    b("Tortoise", "Russian Tortoise", "turtle", 120, 300),
    b("Skink", "Blue-tongued Skink", "lizard", 200, 450),
    b("Chameleon", "Veiled Chameleon", "lizard", 80, 200),
    b("Frog", "Pacman Frog", "frog", 40, 90),
  ],
  "small-pets": [
    b("Hamster", "Syrian Hamster", "hamster", 15, 30),
    b("Hamster", "Roborovski Dwarf Hamster", "hamster", 15, 25),
    b("Rabbit", "Holland Lop", "rabbit", 60, 150),
    b("Rabbit", "Netherland Dwarf", "rabbit-face", 50, 120),
    b("Rabbit", "Mini Rex", "rabbit", 50, 120),
    b("Mouse", "Fancy Mouse", "mouse", 10, 15),
    b("Rat", "Dumbo Rat", "rat", 15, 30),
    b("Gerbil", "Mongolian Gerbil", "mouse-face", 10, 20),
    b("Hedgehog", "African Pygmy Hedgehog", "hedgehog", 150, 250),
    b("Chipmunk", "Siberian Chipmunk", "chipmunk", 80, 150),
  ],
};

/**
 * Named pets at fixed places in the default catalog. End-to-end tests search for these names and buy them,
 * so their names, breeds, stock and prices are part of the seed's contract. `index` is the position inside
 * the category (0-based), which together with the fixed insertion order fixes their ids.
 */
export type NamedPet = {
  category: string;
  index: number;
  name: string;
  breed: string;
  stock: number;
  priceCents?: number;
  featured?: boolean;
};

export const NAMED_PETS: readonly NamedPet[] = [
  { category: "dogs", index: 0, name: "Biscuit", breed: "Golden Retriever", stock: 50, priceCents: 95_000, featured: true },
  { category: "dogs", index: 1, name: "Pepper", breed: "Border Collie", stock: 2 },
  { category: "cats", index: 0, name: "Mochi", breed: "Ragdoll", stock: 40, featured: true },
];

/** Generated pets never take (or start with) these names, so a search for them finds exactly one pet. */
export const RESERVED_NAMES: readonly string[] = NAMED_PETS.map((p) => p.name.toLowerCase());

export const PETS_PER_CATEGORY_DEFAULT = 11;
